import CursesTerminal
import Testing
import TaskForceUI

/// The colour theme as a pure mapping: colour is only ever added to the attributes.
struct ColorThemeTests {
    static let styles: [Style] = [
        .plain, .bold, .reverse, .underline, Style(bold: true, reverse: true),
        Style(role: .accent), Style(bold: true, role: .accent), Style(role: .muted), Style(role: .warning),
    ]

    @Test func monochromeIsTheAttributesAlone() {
        for style in Self.styles {
            #expect(ColorTheme.monochrome.look(style) == CellLook(attributes: CursesScreen.attributes(style)))
        }
        // The fallbacks that carry the meaning without colour.
        #expect(ColorTheme.monochrome.look(Style(role: .accent)).attributes == .bold)
        #expect(ColorTheme.monochrome.look(Style(role: .warning)).attributes == [.bold, .underline])
    }

    @Test(arguments: [8, 256])
    func coloursComeOnTopOfTheSameAttributes(colors: Int) {
        let theme = ColorTheme.gentle(colors: colors)
        for style in Self.styles {
            #expect(theme.look(style).attributes == CursesScreen.attributes(style))
        }
        #expect(theme.look(.bold).colorPair == 0)
        #expect(theme.look(Style(bold: true, role: .accent)).colorPair != 0)
        #expect(theme.look(Style(role: .warning)).colorPair != 0)
        // No calm grey among 8 colours: muted stays uncoloured there.
        #expect((theme.look(Style(role: .muted)).colorPair != 0) == (colors >= 256))
    }

    @Test(arguments: [
        (true, 256, nil as String?, true), (true, 8, nil, true), (true, 256, "1", false),
        (true, 256, "", true), (false, 256, nil, false), (true, 2, nil, false),
    ])
    func colourOnlyWhenTheTerminalHasItAndNoColorIsNotSet(hasColors: Bool, colors: Int, noColor: String?, coloured: Bool) {
        let theme = ColorTheme.choose(hasColors: hasColors, colors: colors, noColor: noColor)
        #expect((theme != .monochrome) == coloured)
    }
}
