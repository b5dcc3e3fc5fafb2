import Foundation
import TaskForceCore

/// Valid annotations on the demonstration bill, with the real fingerprints of its French
/// version (`taskforce parse --json Texts/demo-travail-du-sexe.fr.txt`), so that
/// `taskforce check` finds them current.
public enum DemoAnnotations {
    public static let text: TextID = "demo-travail-du-sexe"
    public static let fingerprints: [ArticleNumber: String] = ["1": "0eb661f111e275d9", "5bis": "7ccfa99713f915ee", "12": "2f93c64f51e71e83"]
    public static let day: Day = "2026-03-08"

    public static func comment(_ body: String = "Le bouton d'alarme doit rester sous notre contrôle.",
                               article: ArticleNumber = "5bis", stance: Stance = .concern, tags: [Theme] = [.safety],
                               proposal: String? = nil, session: String? = nil,
                               supersedes: AnnotationID? = nil) -> Annotation {
        Annotation.comment(text: text, article: article, fingerprint: fingerprints[article]!, stance: stance,
                           tags: tags, body: body, proposal: proposal, language: "fr", session: session,
                           day: day, supersedes: supersedes)
    }

    /// One of each kind, plus an edit: saved through the real store, the valid background
    /// that hostile files must never hide.
    public static func saveEachKind(in store: AnnotationStore) throws -> [Annotation] {
        // The writer's keys: the withdrawal and the edit are theirs (`Authority`).
        let writer = WriterKeys()
        let first = writer.keyed(comment("Qui décide quand le bouton est installé ?", stance: .question))
        let second = comment("L'enregistrement obligatoire nous met en danger.", article: "12", stance: .oppose,
                             tags: [.privacy, .safety], proposal: "Supprimer l'article.", session: "DEMO-2026-01")
        // The show of hands is the facilitator's, signed with the key of the session's
        // record (kept outside the folder, as a facilitator's machine keeps it; thrown away).
        let keys = FacilitatorKeys(folder: URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("tf-keys-\(UUID())"))
        defer { try? FileManager.default.removeItem(at: keys.folder) }
        let record = try keys.keyed(SessionRecord(code: "DEMO-2026-01", place: "Bruxelles", day: day, headcount: 12))
        try store.prepare()
        try SessionRecords.save(record, in: store)
        let all = [
            first, second,
            try keys.sign(.endorsement(of: second, count: 7, session: "DEMO-2026-01", day: day), session: record, target: second),
            writer.signed(Annotation.withdrawal(of: first, day: day), actingOn: first.id),
            writer.signed(comment("Version corrigée : le bouton reste à nous.", supersedes: first.id), actingOn: first.id),
        ]
        for a in all { try store.save(a) }
        return all
    }
}
