#!/usr/bin/env bash
# test.sh VERSION BUILD_DIR [MSI]: tests the Windows build under Wine, as
# `make test-windows` runs it. BUILD_DIR holds alongside.exe and
# alongside-cli.exe. Wine runs as a user called "Zoë Núñez", so %AppData%
# has a space and accents in it, and so does every data folder used here.
#
#   1. the command line: version, help, exit codes, lock set, journal add and
#      list --json, a wrong passphrase, backup, restore, check, meetings import
#      of a fixture and meetings search --json, the default data folder
#   2. a verb typed in a Windows console (wineconsole, cmd.exe) prints there
#   3. the window: it opens, Home is drawn (OCR), F1 shows the emergency
#      number, a second copy is refused, Escape three times hides it (title,
#      icon and what is on screen)
#   4. the installer, when given: msiexec replaces an older version, installs
#      for this user only with a Start-menu shortcut, the installed program
#      runs, and it uninstalls, keeping the person's data
#
# Prints one line per check and "N passed, N failed"; exits 1 on any failure.
set -uo pipefail
version=$1
build=$(realpath "$2")
msi=${3:+$(realpath "$3")}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

export USER="Zoë Núñez" LANG=C.UTF-8
unset LC_ALL
export WINEPREFIX=$root/bin/wine/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
"$here/prefix.sh" "$WINEPREFIX" || { echo "could not make the Wine prefix" >&2; exit 1; }
# A Wine server left from an earlier run would keep its old X display.
wineserver -k 2>/dev/null
wineserver -w 2>/dev/null
users=$WINEPREFIX/drive_c/users/$USER
[[ -d $users ]] || { echo "the Wine prefix has no folder for $USER" >&2; exit 1; }

work=$root/bin/wine-test
rm -rf "$work"
mkdir -p "$work/Datos de Zoë Núñez"
winpath() { winepath -w "$1" 2>/dev/null; }

# One X display for the whole run: Wine wants one even for console programs.
# Xvfb picks a free display number itself (-displayfd), so runs side by side
# never share one.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -br 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
window=
cleanup() {
	[[ -n $window ]] && kill "$window" 2>/dev/null
	wineserver -k 2>/dev/null
	kill "$xvfb" 2>/dev/null
	wait "$xvfb" 2>/dev/null
}
trap cleanup EXIT
for _ in $(seq 200); do [[ -s $work/display ]] && break; sleep 0.05; done
[[ -s $work/display ]] || { echo "Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
export DISPLAY=:$(cat "$work/display")

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok    $*"; }
bad() { failed=$((failed + 1)); echo "FAIL  $*"; }
# expect CODE DESCRIPTION -- COMMAND...: runs it with $stdin as standard input,
# keeps its output in $out and $err, and checks the exit code.
stdin=
expect() {
	local want=$1 what=$2
	shift 3
	printf '%s' "$stdin" >"$work/stdin"
	"$@" <"$work/stdin" >"$work/out" 2>"$work/err"
	local got=$?
	out=$(tr -d '\r' <"$work/out") err=$(tr -d '\r' <"$work/err")
	if [[ $got == "$want" ]]; then ok "$what (exit $got)"; else bad "$what: exit $got, want $want; stderr: ${err:0:300}"; fi
	stdin=
}
contains() { # contains DESCRIPTION TEXT NEEDLE
	if [[ $2 == *"$3"* ]]; then ok "$1"; else bad "$1: ${2:0:300}"; fi
}

exe=$build/alongside.exe
cli=$build/alongside-cli.exe
pass="kettle river blue morning"
data="$work/Datos de Zoë Núñez/Mis registros"
wdata=$(winpath "$data")
a() { wine "$exe" --data-dir "$wdata" "$@"; }

echo "# command line (data folder: $wdata)"
expect 0 "version" -- wine "$exe" version
contains "version prints Alongside $version" "$out" "Alongside $version"
expect 0 "alongside-cli.exe version" -- wine "$cli" version
contains "alongside-cli passes the output through" "$out" "Alongside $version"
expect 0 "--help" -- wine "$exe" --help
expect 2 "an unknown command" -- wine "$exe" frobnicate
expect 2 "alongside-cli passes the exit code through" -- wine "$cli" frobnicate
expect 1 "check on a missing folder" -- wine "$exe" --data-dir "$(winpath "$work/nowhere")" check

stdin="$pass"$'\n'"$pass"$'\n'
expect 0 "lock set" -- a lock set
printf 'Café con Zoë, día 1: ñandú.\n' >"$work/entrada de prueba.txt"
stdin="$pass"$'\n'
expect 0 "journal add --text-file (a path with spaces)" -- a journal add --mood 4 --tag wine --text-file "$(winpath "$work/entrada de prueba.txt")"
stdin="$pass"$'\n'
expect 0 "journal list --json" -- a journal list --json
contains "the entry comes back with its accents" "$out" "Café con Zoë, día 1: ñandú."
stdin="not the passphrase"$'\n'
expect 1 "journal list with a wrong passphrase" -- a journal list
expect 1 "journal list with no passphrase" -- a journal list

backup="$work/Datos de Zoë Núñez/copia de seguridad.db"
stdin="$pass"$'\n'
expect 0 "backup" -- a backup "$(winpath "$backup")"
[[ -s $backup ]] && ok "the backup file exists" || bad "no backup file at $backup"
stdin="$pass"$'\n'
expect 0 "restore" -- a restore "$(winpath "$backup")"
stdin="$pass"$'\n'
expect 0 "journal list after restore" -- a journal list --json
contains "the entry survives backup and restore" "$out" "Café con Zoë"
expect 0 "check" -- a check

cp "$here/testdata/meetings.json" "$work/Datos de Zoë Núñez/reuniones de Señales.json"
expect 0 "meetings import" -- a meetings import "$(winpath "$work/Datos de Zoë Núñez/reuniones de Señales.json")" --program al-anon
expect 0 "meetings search --json" -- a meetings search --text "senales" --json
contains "meetings search finds the imported meeting, accents folded" "$out" "Grupo Familiar Señales de Esperanza"

appdata=$users/AppData/Roaming/fyne/io.github.alongside_app.Alongside
rm -rf "$appdata"
printf 'En la carpeta de siempre.\n' >"$work/otra.txt"
expect 0 "journal add in the default data folder" -- wine "$exe" journal add --text-file "$(winpath "$work/otra.txt")"
[[ -f $appdata/alongside.db ]] && ok "data goes to %AppData%\\fyne\\io.github.alongside_app.Alongside under C:\\users\\$USER" ||
	bad "no database under $appdata"

echo "# in a Windows console (wineconsole running cmd.exe)"
# alongside.exe is a GUI program: a verb typed in a console borrows that
# console (cmd/alongside/console_windows.go) so its output shows there.
wexe=$(winpath "$exe")
if [[ $wexe == *" "* ]]; then
	echo "skip  (the build folder has a space in it; cmd /k would need nested quotes)"
else
	wineconsole cmd /k "$wexe version" >/dev/null 2>&1 &
	console=$!
	sleep 6
	text=$(import -window root "$work/console.png" 2>/dev/null && tesseract "$work/console.png" - -l eng 2>/dev/null | tr '\n' ' ')
	contains "alongside.exe version prints in the console it was typed in" "$text" "Alongside $version"
	kill "$console" 2>/dev/null
	wineserver -k 2>/dev/null
	wineserver -w 2>/dev/null
fi

echo "# window"
shot() { import -window root "$work/$1.png" 2>/dev/null && tesseract "$work/$1.png" - -l eng 2>/dev/null | tr '\n' ' '; }
# waitfor NAME NEEDLE SECONDS: OCRs the screen until NEEDLE shows.
waitfor() {
	local end=$((SECONDS + $3)) text
	while ((SECONDS < end)); do
		text=$(shot "$1")
		[[ $text == *"$2"* ]] && return 0
		sleep 0.5
	done
	echo "  screen read: ${text:0:400}" >&2
	return 1
}
winfolder="$work/Ventana de Zoë"
mkdir -p "$winfolder"
start=$(date +%s.%N)
wine "$exe" --data-dir "$(winpath "$winfolder")" >"$work/window.log" 2>&1 &
window=$!
if wid=$(timeout 60 xdotool search --sync --onlyvisible --name '^Alongside$' 2>/dev/null | head -1) && [[ -n $wid ]]; then
	ok "the window opens ($(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)") s to map)"
else
	bad "no window named Alongside within 60 s"
fi
if waitfor home "Welcome" 60; then ok "Home is drawn (OCR finds \"Welcome\")"; else bad "Home's heading not found on screen"; fi
xdotool windowfocus --sync "$wid" 2>/dev/null
xdotool key --window "$wid" F1
if waitfor help "911" 15; then ok "F1 shows the emergency number (911)"; else bad "F1: no emergency number on screen"; fi

stdin=
expect 1 "a second copy on the same folder is refused" -- wine "$exe" --data-dir "$(winpath "$winfolder")" journal list
contains "the refusal says the folder is in use" "$err" "use"

# Windows' taskbar shows the window's title and icon (WM_SETICON); Wine
# hands both to X, where they can be read.
icon() { xprop -id "$wid" _NET_WM_ICON 2>/dev/null | md5sum; }
icon_before=$(icon)
xdotool key --window "$wid" Escape; sleep 0.2
xdotool key --window "$wid" Escape; sleep 0.2
xdotool key --window "$wid" Escape; sleep 1.5
title=$(xdotool getwindowname "$wid" 2>/dev/null)
[[ $title != Alongside ]] && ok "Escape three times hides it (title now \"$title\")" || bad "title still \"$title\" after Escape x3"
[[ $(icon) != "$icon_before" ]] && ok "Hide changes the window's icon (what the taskbar shows)" || bad "the window's icon did not change on Hide"
text=$(shot hidden)
[[ $text != *Welcome* && $text != *911* ]] && ok "nothing of Home or help is left on screen" || bad "after Hide the screen still reads: ${text:0:300}"
kill "$window" 2>/dev/null
wait "$window" 2>/dev/null
window=
wineserver -w 2>/dev/null

if [[ -n $msi ]]; then
	echo "# installer ($(basename "$msi"))"
	programs=$users/AppData/Local/Programs/Alongside
	shortcut=$users/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs/Alongside.lnk
	# Installed programs, as Installed apps lists them: "DisplayName DisplayVersion" lines.
	listed() {
		for hive in HKCU HKLM; do
			wine reg query "$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" /s 2>/dev/null
		done | tr -d '\r' | awk '$1 == "DisplayName" {n = $3} $1 == "DisplayVersion" && n == "Alongside" {print n, $3; n = ""}'
	}
	# Remove what an interrupted earlier run may have left installed.
	for hive in HKCU HKLM; do
		wine reg query "$hive\\Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" /s 2>/dev/null
	done | tr -d '\r' | awk '/^HKEY/ {k = $0; sub(/.*\\/, "", k)} $1 == "DisplayName" && $3 == "Alongside" {print k}' |
		while read -r code; do wine msiexec /x "$code" /qn </dev/null >/dev/null 2>&1; done
	# An older version first, to see the upgrade replace it.
	if [[ -f $build/msi/alongside.wxs ]] && (cd "$build/msi" && wixl -a x64 -o "$work/older.msi" -D Version=0.0.1 -D MsiVersion=0.0.1 alongside.wxs 2>/dev/null); then
		expect 0 "msiexec /i an older version (0.0.1)" -- wine msiexec /i "$(winpath "$work/older.msi")" /qn
	fi
	expect 0 "msiexec /i (per user, quiet)" -- wine msiexec /i "$(winpath "$msi")" /qn
	apps=$(listed)
	[[ $apps == "Alongside ${version%%[-+]*}" ]] && ok "Installed apps lists one Alongside, $version (the older one was replaced)" ||
		bad "Installed apps lists: ${apps:-nothing}"
	[[ -f $programs/alongside.exe && -f $programs/alongside-cli.exe && -f $programs/THIRD-PARTY-LICENSES.txt ]] &&
		ok "installed into %LocalAppData%\\Programs\\Alongside" || bad "nothing in $programs"
	[[ -f $shortcut ]] && ok "Start-menu shortcut" || bad "no shortcut at $shortcut"
	expect 0 "the installed program runs from a path with a space and accents" -- wine "$programs/alongside.exe" version
	contains "the installed program is $version" "$out" "Alongside $version"
	expect 0 "msiexec /x (uninstall)" -- wine msiexec /x "$(winpath "$msi")" /qn
	[[ ! -e $programs/alongside.exe && ! -e $shortcut ]] && ok "uninstall removes the program and the shortcut" || bad "files left after uninstall"
	[[ -z $(listed) ]] && ok "and its entry in Installed apps" || bad "still listed: $(listed)"
	[[ -f $appdata/alongside.db ]] && ok "uninstall keeps the person's data" || bad "uninstall removed the data"
fi

echo
echo "$passed passed, $failed failed"
((failed == 0))
