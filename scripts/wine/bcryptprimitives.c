/*
 * A stand-in bcryptprimitives.dll for testing under Wine 8 ONLY: never
 * shipped. Go 1.24+ reads random bytes with ProcessPrng from
 * bcryptprimitives.dll, which Windows 10 and 11 have and Wine 8 lacks;
 * this one asks RtlGenRandom (advapi32's SystemFunction036) instead.
 * scripts/wine/prefix.sh builds it with mingw and copies it into the test
 * prefix's system32.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
