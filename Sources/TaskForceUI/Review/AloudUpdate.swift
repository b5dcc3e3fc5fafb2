import TaskForceCore

/// Reading the current article aloud (`s`; issue 15, item 6), for participants who read
/// with difficulty: `s` starts, `s` again stops, and moving to another article, another
/// language or away from the reader stops it too, so that the voice never reads what is
/// no longer on screen.
public enum AloudUpdate {
    /// `s` in the reader.
    static func toggle(_ model: inout ReviewModel) -> [ReviewEffect] {
        if model.readingAloud {
            model.readingAloud = false
            model.status = .say(.aloudStopped)
            return [.stopReadingAloud]
        }
        guard let article = model.currentArticle else { return [] }
        model.readingAloud = true
        model.status = .say(.aloudStarted)
        let words = ([article.label] + [article.heading].compactMap { $0 } + [article.text]).map { Sanitizer.sanitize($0) }
        return [.readAloud(text: words.joined(separator: ".\n"), language: model.currentLanguage ?? model.uiLanguage.rawValue)]
    }

    /// Where the reader is, to tell after a key whether it moved.
    struct Place: Equatable {
        var text: Int, version: Int, article: Int, articleShown: Bool
        init(_ model: ReviewModel) {
            text = model.textIndex
            version = model.versionIndex
            article = model.articleIndex
            // The notes and the preview take the article's place; a comment or a search
            // being typed leaves it in view.
            switch model.screen {
            case .reader(.article), .reader(.composer), .reader(.prompt): articleShown = true
            default: articleShown = false
            }
        }
    }

    /// After any message: the voice stops when what it reads has left the screen.
    static func afterChange(_ model: inout ReviewModel, from before: Place) -> [ReviewEffect] {
        guard model.readingAloud, Place(model) != before || model.quitRequested else { return [] }
        model.readingAloud = false
        return [.stopReadingAloud]
    }

    /// The voice has ended: finished, stopped, or it could not speak (said on screen).
    static func ended(_ model: inout ReviewModel, _ outcome: AloudOutcome) {
        guard model.readingAloud else { return }  // stopped here already
        model.readingAloud = false
        switch outcome {
        case .finished, .stopped: break
        case .noVoice: model.status = .say(.aloudNoVoice)
        case .couldNotPlay: model.status = .say(.aloudCouldNotPlay)
        }
    }
}

/// How reading aloud ended.
public enum AloudOutcome: Sendable, Equatable {
    case finished, stopped
    /// No speech program on this computer (espeak-ng is not installed).
    case noVoice
    /// The program ran but could not play (no sound device).
    case couldNotPlay
}
