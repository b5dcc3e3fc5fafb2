import Foundation
import TaskForceCore
import TaskForceUI

/// Runs the `.buildDigest` effect for the review screen and `render`: reads the text and
/// the annotations and session records as they are on disk now (a merge may have added
/// some since the screen opened), builds the digest in the interface language, and hands
/// the preview to the model. Reads only: bad files are left where they are (the screen's
/// start-up load moved and reported those there were; `render` moves nothing).
struct DigestPreviewSource {
    var texts: URL
    var annotations: AnnotationStore

    func build(_ textID: String, into model: inout ReviewModel) {
        DigestPreviewUpdate.built(&model, textID: textID, content(textID, language: model.uiLanguage, kiosk: model.kiosk))
    }

    func content(_ textID: String, language: UILanguage, kiosk: Bool) -> DigestPreview.Content? {
        // On a shared laptop the others' comments are never even loaded (update does not
        // ask, and this does not answer).
        guard !kiosk, let library = try? TextLibrary.load(texts), let text = library.text(textID) else { return nil }
        let loaded = AnnotationLoader.load(annotations, quarantine: false)
        let records = SessionRecords.load(annotations, quarantine: false).records
        return .build(text: text, annotations: loaded.annotations, sessions: records, language: language)
    }
}

extension ReviewOptions {
    /// Where the digest preview reads from: the same folders as the screen.
    var digestSource: DigestPreviewSource {
        DigestPreviewSource(texts: texts.url, annotations: AnnotationStore(root: annotations.url))
    }
}
