import Testing
@testable import TaskForceUI

/// Key script → text and cursor, one row each.
struct TextEditorTests {
    @Test(arguments: [
        ("", "abc", "abc", 0, 3),
        ("", "Réunion à Liège", "Réunion à Liège", 0, 15),
        ("", "会議<Left>x", "会x議", 0, 2),
        ("", "ab<Enter>cd", "ab\ncd", 1, 2),
        ("", "ab<Enter><BS>", "ab", 0, 2),
        ("", "abc<Left><Left><BS>", "bc", 0, 0),
        ("", "abc<Home><Del>", "bc", 0, 0),
        ("", "ab<Enter>cd<Up><End><Del>", "abcd", 0, 2),
        ("", "long line<Enter>x<Up>", "long line\nx", 0, 1),
        ("", "un deux trois<C-b><C-b>X", "un Xdeux trois", 0, 4),
        ("", "un deux trois<Home><C-f>X", "unX deux trois", 0, 3),
        ("", "un deux trois<C-w>", "un deux ", 0, 8),
        ("", "a<Left><Left><Left>b", "ba", 0, 1),
        ("", "<BS><Del><Up><Down>", "", 0, 0),
        ("déjà\nlà", "<Home>X", "déjà\nXlà", 1, 1),
        ("", "e\u{301}", "é", 0, 1),  // a combining accent joins the previous character
    ])
    func edits(_ start: String, _ script: String, _ text: String, _ row: Int, _ column: Int) throws {
        var editor = TextEditor(start)
        for key in try KeyScript.parse(script) { editor.apply(key) }
        #expect(editor.text == text)
        #expect(editor.row == row)
        #expect(editor.column == column)
    }

    @Test func aHundredCharacterPasteIsJustCharacters() throws {
        var editor = TextEditor()
        let paste = String(repeating: "Le bouton d'alarme ", count: 6).prefix(100)
        for key in try KeyScript.parse(String(paste)) { editor.apply(key) }
        #expect(editor.text == String(paste))
    }
}
