import Foundation
import Testing
@testable import TaskForceCore

/// Every file of `../shared/intake` but the PDF (read by the PDF importer's own tests)
/// imports through `Importer`, is rendered into the Texts/ layout, and splits back into
/// exactly its `truth/NAME.numbers`. Files added there later are picked up as they come.
struct IntakeCorpusTests {
    @Test(.enabled(if: SharedTexts.intakeAvailableOrCI, "../shared/intake not found next to the checkout"))
    func everyStructuredFileImportsIntoItsTruthNumbers() throws {
        guard let directory = SharedTexts.intakeDirectory else {
            Issue.record("../shared/intake not found next to the checkout (CI=true): the intake corpus must be there")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "SOURCES.md" && $0 != "truth" && !$0.lowercased().hasSuffix(".pdf") }
        #expect(names.count >= 9, "the intake corpus has shrunk: \(names)")
        for name in names {
            let truth = SharedTexts.truth(String(name.prefix { $0 != "." }), in: directory)
            do {
                let imported = try Importer.importFile(at: directory.appendingPathComponent(name), displayName: name)
                let split = TextSplitter.split(imported.rendered(), file: name)
                #expect(imported.expectedNumbers == truth, "\(name): the numbers the source declares")
                #expect(split.articles.map(\.number) == truth, "\(name): the numbers of the rendered text")
                #expect(split.problems.isEmpty, "\(name): \(split.problems)")
            } catch {
                Issue.record("\(name): \(error)")
            }
        }
    }

    /// What is left out is named: the Scottish instrument's signature, schedule and note,
    /// the Justel page's boxes after the text, the German code's table of contents.
    @Test(.enabled(if: SharedTexts.intakeAvailableOrCI, "../shared/intake not found next to the checkout"))
    func leftOutPartsAreNamed() throws {
        guard let directory = SharedTexts.intakeDirectory else {
            Issue.record("../shared/intake not found next to the checkout (CI=true)")
            return
        }
        func leftOut(_ name: String) throws -> [String] {
            try Importer.importFile(at: directory.appendingPathComponent(name)).leftOut
        }
        #expect(try leftOut("uk-ssi-2017-126.en.akn.xml")
                == ["the signature block", "the schedules", "the explanatory notes"])
        let justel = try leftOut("be-2020-01-08-contingent-armee.fr.justel.html")
        #expect(justel.contains("the box “Table des matières”"))
        #expect(justel.contains("the box “Signatures”"))
        #expect(justel.contains("the box “Travaux parlementaires”"))
        let bgb = try leftOut("de-1896-bgb.de.gii.xml")
        #expect(bgb.first == "the table of contents (Inhaltsübersicht)")
        #expect(bgb.contains { $0.contains("repealed ranges") })
    }
}
