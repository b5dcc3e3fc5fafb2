// The screens are drawn into TerminalGrid's cell grid and read its keys: every client of the
// UI (the executable, the curses runner, the tests) speaks those types too, so they come
// with this module.
@_exported import TerminalGrid
