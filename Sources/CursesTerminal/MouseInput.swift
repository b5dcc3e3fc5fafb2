import CNcursesw
import TerminalGrid

/// The mouse (ARCHITECTURE: Screens: "mouse clicks and wheel"): a left press and the wheel, turned
/// into `Key.mouse`. Terminals that report no mouse simply never send any; the keyboard
/// does everything the mouse does.
extension CursesScreen {
    /// What we ask curses to report. A click counts when the button is released (or when
    /// curses reports a whole click): with `mouseinterval(0)` curses does not pair press and
    /// release, and when both arrive together it reports only the release. Acting on the
    /// press as well would count one click twice: a click that opens a text would land
    /// again, on the article list, when released. Buttons 4 and 5 are the wheel.
    static var mouseEvents: mmask_t {
        tf_button1_pressed() | tf_button1_released() | tf_button1_clicked() | tf_button4_pressed() | tf_button5_pressed()
    }

    /// Asks the terminal to report the mouse. Returns false when it cannot (curses then
    /// reports nothing, and nothing else changes).
    @discardableResult
    func enableMouse() -> Bool {
        withStandardScreen { _ in mousemask(Self.mouseEvents, nil) != 0 }
    }

    /// After `KEY_MOUSE`: the event curses has queued.
    func readMouse() -> TerminalEvent {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .timeout }
        return Self.mouse(buttons: event.bstate, column: Int(event.x), row: Int(event.y))
    }

    /// A mouse report as a key; anything we do not use (a press, another button) is
    /// ignored like no input at all.
    static func mouse(buttons: mmask_t, column: Int, row: Int) -> TerminalEvent {
        let kind: MouseEvent.Kind
        if buttons & (tf_button1_released() | tf_button1_clicked()) != 0 {
            kind = .click
        } else if buttons & tf_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & tf_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return .timeout
        }
        return .key(.mouse(MouseEvent(kind, column: column, row: row)))
    }
}
