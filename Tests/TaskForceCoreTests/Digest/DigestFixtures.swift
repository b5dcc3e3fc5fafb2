import Foundation
@testable import TaskForceCore

/// The demonstration bill and annotations made on it, for digest tests.
enum DigestFixtures {
    static let library: TextLibrary = {
        let texts = SharedTexts.packageRoot!.appendingPathComponent("Texts")
        return try! TextLibrary.load(texts)
    }()
    static let demo = library.text("demo-travail-du-sexe")!
    static let day: Day = "2026-03-08"

    /// The fingerprint of an article in one language version.
    static func fingerprint(_ article: String, _ language: String = "fr") -> String {
        demo.version(language)!.file!.split.article(numbered: article)!.fingerprint
    }

    static func comment(_ body: String, article: ArticleNumber = "5bis", stance: Stance = .concern, tags: [Theme] = [.safety],
                        proposal: String? = nil, language: String = "fr", session: String? = nil,
                        fingerprint: String? = nil, day: Day = day, supersedes: AnnotationID? = nil) -> Annotation {
        Annotation.comment(text: demo.id, article: article,
                           fingerprint: fingerprint ?? DigestFixtures.fingerprint(article.rawValue, language == "fr" || language == "nl" || language == "en" ? language : "fr"),
                           stance: stance, tags: tags, body: body, proposal: proposal, language: language,
                           session: session, day: day, supersedes: supersedes)
    }

    static func build(_ annotations: [Annotation], sessions: [SessionRecord] = [], language: UILanguage = .en,
                      minGroup: Int = 5) -> Digest {
        DigestBuilder.build(text: demo, annotations: annotations,
                            sessions: Dictionary(uniqueKeysWithValues: sessions.map { ($0.code, $0) }),
                            options: .init(language: language, minGroup: minGroup), checkingAuthority: false)
    }
}
