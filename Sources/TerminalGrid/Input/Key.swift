/// One key press, whatever the terminal sent for it: the unit of input of `update`.
/// The curses backend maps its key codes to these; `render` reads them from a script.
public enum Key: Hashable, Sendable {
    /// A printable grapheme (letters, digits, punctuation, accented and CJK text).
    case character(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, pageUp, pageDown, home, end
    /// F1…F12.
    case function(Int)
    /// Ctrl + a letter, lower case (`<C-s>` is `.control("s")`).
    case control(Character)
    /// A click or the wheel (terminals that report the mouse; others never send it).
    case mouse(MouseEvent)
}
