import TaskForceCore
import TaskForceUI

/// Everything the review screen's effects do to the disk, behind one protocol: the real
/// folders (`FolderDisk`) in the program, a memory in the tests, so that every effect can be
/// run and checked without touching a file. Each failure is one sentence for a person.
public protocol AnnotationDisk: Sendable {
    /// Saves a comment; with `keepingDraft`, through a draft that stays if the save fails
    /// (nothing typed is lost); without (a kiosk), nothing of it is written anywhere else.
    func saveComment(_ comment: Annotation, keepingDraft: Bool) throws(EffectFailure)
    /// Keeps an unfinished comment as a draft, its stance written empty when none was chosen.
    func saveDraft(_ draft: Annotation, stanceChosen: Bool) throws(EffectFailure)
    /// Saves an endorsement, a withdrawal or a moderation.
    func save(_ annotation: Annotation) throws(EffectFailure)
    /// Writes the facilitator's session record (new or corrected). A new record gets the
    /// public half of the session's facilitator key, made now and kept on this machine,
    /// outside `Annotations/`; the record as written is returned.
    func saveSession(_ record: SessionRecord) throws(EffectFailure) -> SessionRecord
    /// A moderation of `target`, or the undoing of the moderation `target`, signed with the
    /// facilitator key of session `code`, which this machine must hold.
    func signedByFacilitator(_ moderation: Annotation, session code: String?, target: Annotation) throws(EffectFailure) -> Annotation
    /// Writes the facilitator's position for the session's other screens.
    func publish(_ position: LivePosition) throws(EffectFailure)
    /// Takes the facilitator's position away (the facilitator left).
    func endPosition(session: String)
    /// Writes the session's annotation files again in a random order (`SessionClosing`);
    /// the number of files.
    func closeSession(_ code: String) throws(EffectFailure) -> Int
    /// The digest preview of a text made of `annotations` (those the screen holds), with the
    /// text and the session records read from the disk as they are now; nil when the text
    /// cannot be read.
    func digestContent(textID: TextID, language: UILanguage, annotations: [Annotation]) -> DigestPreview.Content?
}
