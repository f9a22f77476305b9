package desktop

// Alongside: X11Class is the X11 WM_CLASS (ICCCM class hint) given to every
// window the desktop driver creates after it is set: Instance and Class are
// both needed, or GLFW names the class after the window's first title. Set it
// before the first window is shown; it cannot change a window already shown.
// It is ignored on Windows, macOS and Wayland.
var X11Class struct{ Instance, Class string }
