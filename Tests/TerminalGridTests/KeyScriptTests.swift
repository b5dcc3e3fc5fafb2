import Testing
@testable import TerminalGrid

struct KeyScriptTests {
    @Test(arguments: [
        ("a2é", [Key.character("a"), .character("2"), .character("é")]),
        ("<Enter><esc><Tab><S-Tab><BS><Del>", [.enter, .escape, .tab, .backTab, .backspace, .delete]),
        ("<Up><Down><Left><Right><PgUp><PgDn><Home><End>", [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end]),
        ("<F1><F12><C-s><c-X>", [.function(1), .function(12), .control("s"), .control("x")]),
        ("<lt>b> <Space>", [.character("<"), .character("b"), .character(">"), .character(" "), .character(" ")]),
        ("会議", [.character("会"), .character("議")]),
        ("<Click 3,10><wheelup 40,0><WheelDown 0,23>",
         [.mouse(MouseEvent(.click, column: 3, row: 10)), .mouse(MouseEvent(.wheelUp, column: 40, row: 0)),
          .mouse(MouseEvent(.wheelDown, column: 0, row: 23))]),
        ("a <no closing", [.character("a"), .character(" "), .character("<"), .character("n"), .character("o"),
                           .character(" "), .character("c"), .character("l"), .character("o"), .character("s"),
                           .character("i"), .character("n"), .character("g")]),
    ])
    func parses(_ script: String, _ keys: [Key]) throws {
        #expect(try KeyScript.parse(script) == keys)
    }

    @Test(arguments: [("ab<F13>", 3), ("<Hyper>", 1), ("x<C-1>", 2),
                      ("<Click>", 1), ("<Click 3>", 1), ("a<Click -1,2>", 2), ("<Wheel 1,2>", 1)])
    func refusesUnknownNamesWithTheirPosition(_ script: String, _ position: Int) {
        #expect(throws: KeyScript.ParseError.self) { try KeyScript.parse(script) }
        do { _ = try KeyScript.parse(script) } catch { #expect(error.position == position) }
    }
}
