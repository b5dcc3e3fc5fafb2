import CSV
import Foundation
import Testing
import AnnotationFixtures
@testable import TaskForceCore

/// Issue 14, item 5: a comment marked as a duplicate keeps its proposed wording in every
/// format (redlined, redacted like any other), and the CSV's "duplicate of <id>" names a
/// row of the same file.
@Suite struct DigestDuplicateWordingTests {
    typealias F = DigestFixtures

    /// The original has no proposal; its duplicate proposes a wording with a phone number in it.
    static let original = F.comment("Le bouton d'alarme doit marcher partout", stance: .concern)
    static let repeated = F.comment("Pareil : le bouton partout", stance: .concern,
                                    proposal: "Le bouton d'alarme fonctionne aussi au domicile. Contact : 0470 12 34 56",
                                    language: "fr")
    static let annotations = [original, repeated, Annotation.marking(repeated, asDuplicateOf: original, day: F.day)]

    @Test func theDigestKeepsTheDuplicatesRedactedWordingAndItsRedline() throws {
        let d = F.digest(Self.annotations)
        let listed = d.articles[0].groups.flatMap(\.comments)
        #expect(listed.map(\.id) == [Self.original.id.value])
        let folded = try #require(listed[0].duplicates.first)
        let proposal = try #require(folded.proposal)
        #expect(proposal.contains("au domicile") && proposal.contains("[phone number removed]") && !proposal.contains("0470"))
        #expect(folded.redline?.contains { $0.change == .inserted && $0.text.contains("domicile") } == true)
        #expect(d.redactions.total == 1)
    }

    @Test func markdownShowsTheDuplicatesWordingAsARedline() {
        for language in UILanguage.allCases {
            let markdown = DigestMarkdown.render(F.digest(Self.annotations, language: language))
            #expect(markdown.contains("**\(DigestLabel.duplicateWording.text(language))** · FR"), "\(language)")
            // Inserted words in bold, the article's removed words struck out.
            #expect(markdown.contains("domicile"), "\(language)")
            #expect(markdown.contains("~~"), "\(language)")
            #expect(markdown.contains(MarkdownEscaping.escape(DigestLabel.removedPhone.text(language))), "\(language)")
            #expect(!markdown.contains("0470"), "\(language)")
        }
    }

    @Test func htmlShowsTheDuplicatesWordingAsARedline() {
        let html = DigestHTML.render(F.digest(Self.annotations))
        #expect(html.contains("<strong>Proposed wording of a comment that repeats this one</strong> · FR"))
        let redline = html.components(separatedBy: "<p class=\"redline\" lang=\"fr\">").dropFirst().first ?? ""
        #expect(redline.contains("<ins>") && redline.contains("<del>") && redline.contains("domicile"))
        #expect(html.contains("[phone number removed]") && !html.contains("0470"))
    }

    @Test func jsonListsTheDuplicatesWordingUnderItsOriginal() throws {
        let object = try #require(JSONSerialization.jsonObject(with: Data(DigestJSON.render(F.digest(Self.annotations)).utf8))
            as? [String: Any])
        let comments = try #require((object["articles"] as? [[String: Any]])?.first?["comments"] as? [[String: Any]])
        #expect(comments.count == 1)
        #expect(comments[0]["duplicates"] as? Int == 1)
        let wordings = try #require(comments[0]["duplicate_proposals"] as? [[String: Any]])
        #expect(wordings.count == 1)
        #expect(wordings[0]["id"] as? String == Self.repeated.id.value)
        #expect(wordings[0]["language"] as? String == "fr")
        let proposal = try #require(wordings[0]["proposal"] as? String)
        #expect(proposal.hasSuffix("Contact : [phone number removed]"))
    }

    /// The CSV's rows by their id column, checking that each "duplicate of <id>" names one.
    static func csvRows(_ d: Digest) throws -> (header: [String], rows: [[String]]) {
        let csv = DigestCSV.render(d)
        let reader = try CSVReader(string: String(csv.dropFirst()), hasHeaderRow: true,
                                   delimiter: DigestCSV.delimiter(d.language).unicodeScalars.first!)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return (try #require(reader.headerRow), rows)
    }

    @Test func csvKeepsTheWordingAndItsReferenceNamesARow() throws {
        for language in UILanguage.allCases {
            let (header, rows) = try Self.csvRows(F.digest(Self.annotations, language: language))
            #expect(header.first == DigestLabel.id.text(language))
            let proposals = try #require(header.firstIndex(of: DigestLabel.proposedWording.text(language)))
            #expect(rows.count == 2)
            let duplicate = try #require(rows.first { $0[0] == Self.repeated.id.value })
            #expect(duplicate[proposals].contains("[") && duplicate[proposals].contains("domicile"))
            #expect(duplicate.last == DigestLabel.moderationDuplicate.text(language, ["id": Self.original.id.value]))
            #expect(rows.contains { $0[0] == Self.original.id.value })
        }
    }

    /// Many comments, chains of duplicates, hidden originals, orphans: every reference in the
    /// CSV's moderation column is the id of a row above or below it.
    @Test func everyCSVReferenceResolvesToARow() throws {
        var all: [Annotation] = []
        var previous: [ArticleNumber: Annotation] = [:]
        for i in 0..<60 {
            let article: ArticleNumber = ["1", "5bis", "12"][i % 3]
            let c = F.comment("Commentaire \(i)", article: article, stance: Stance.allCases[i % 4],
                              proposal: i % 2 == 0 ? "Proposition \(i)" : nil)
            all.append(c)
            if i % 7 == 0 { all.append(Annotation.hiding(c, day: F.day)) }
            if i % 3 != 2, let o = previous[article] { all.append(Annotation.marking(c, asDuplicateOf: o, day: F.day)) }
            previous[article] = c
        }
        let orphan = F.comment("Orphelin", article: "99", fingerprint: "0123456789abcdef")
        let d = F.digest(all + [orphan])
        let (_, rows) = try Self.csvRows(d)
        let ids = Set(rows.map { $0[0] })
        #expect(ids.count == rows.count)
        #expect(rows.count == d.header.comments)
        var references = 0
        for row in rows {
            guard let moderation = row.last, moderation.hasPrefix("duplicate of ") else { continue }
            references += 1
            let target = String(moderation.dropFirst("duplicate of ".count))
            #expect(ids.contains(target), "\(target) is not a row")
        }
        #expect(references > 10)
        // And every duplicate's proposal is in the Markdown (all its words inserted) and the
        // JSON, unless the duplicate is hidden.
        let markdown = DigestMarkdown.render(d), json = DigestJSON.render(d)
        var wordings = 0
        for c in d.articles.flatMap({ $0.groups.flatMap(\.comments) }) {
            for dup in c.duplicates {
                guard let p = dup.proposal else { continue }
                wordings += 1
                #expect(json.contains("\"proposal\" : \"\(p)\""), "\(p)")
                #expect(markdown.contains("**\(p)**"), "\(p)")
            }
        }
        #expect(wordings > 3)
        #expect(markdown.components(separatedBy: "**Proposed wording of a comment that repeats this one**").count - 1 == wordings)
    }
}
