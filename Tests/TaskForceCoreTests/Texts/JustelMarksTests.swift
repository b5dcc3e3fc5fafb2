import Testing
@testable import TaskForceCore

struct JustelMarksTests {
    private func found(_ text: String) -> [(JustelMarks.Kind, String)] {
        JustelMarks.marks(in: text).map { ($0.kind, String(text[$0.range])) }
    }

    @Test func amendmentBracketsAndReferences() {
        let marks = found("[1 (article 6 renuméroté)]1 On ne peut <L 2003-04-24/32, art. 2, 017; En vigueur : 01-09-2005> déroger.")
        #expect(marks.map(\.0) == [.amendmentBracket, .amendmentBracket, .amendmentReference])
        #expect(marks.map(\.1) == ["[1", "]1", "<L 2003-04-24/32, art. 2, 017; En vigueur : 01-09-2005>"])
    }

    @Test func repealedAndFootnotes() {
        let marks = found("Art. 7. (Abrogé)\n----------\n(1)<L 1999-05-04/60, art. 3, 024>")
        #expect(marks.map(\.0) == [.repealed, .footnoteSeparator, .amendmentReference])
    }

    @Test func ordinaryTextIsLeftAlone() {
        #expect(found("Le prix est < 30 % [voir annexe] et a > b; le § 2 [sic] reste.").isEmpty)
    }
}
