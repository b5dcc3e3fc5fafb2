import TaskForceCore

/// Where the review screen is, and what has the keyboard, as one value: two things can
/// never be open at once (a composer and the notes, a search and the digest preview), and
/// `ReviewUpdate.keyPressed` and `ReviewView.view` decide who gets a key or the body by one
/// `switch` each (docs/ARCHITECTURE.md, "Modes").
public enum ReviewScreen: Sendable, Equatable {
    /// The list of texts.
    case chooser
    /// One text: its article list, with the right-hand panel.
    case reader(ReaderPanel)
    /// The facilitator's live dashboard of the current text (only with `--facilitator`).
    case dashboard

    /// The three places, without what is open in them: for comparisons and the key bar.
    public enum Place: Sendable, Equatable { case chooser, reader, dashboard }

    public var place: Place {
        switch self {
        case .chooser: .chooser
        case .reader: .reader
        case .dashboard: .dashboard
        }
    }

    /// The reader with nothing open over the article.
    public static let article = ReviewScreen.reader(.article)
}

/// What the reader shows beside its article list. Only one at a time: opening the composer
/// from the notes closes the notes, a search is typed over the article.
public enum ReaderPanel: Sendable, Equatable {
    /// The article's text (and its other language side by side on a wide screen).
    case article
    /// The comment being written, over the lower part of the article.
    case composer(Composer)
    /// A search or go-to question typed on the bottom row, over the article.
    case prompt(Prompt)
    /// The comments on the article (F4), in the article's place.
    case notes(NotesPane)
    /// The digest preview for staff (D), over the whole reader.
    case digestPreview(DigestPreview)
    /// The list of the text's articles (l) over the whole body, `selected` being the one
    /// chosen in it: the article read changes only on Enter, so Esc gives it back unchanged.
    case articleList(selected: Int)
}

/// What covers the whole screen for a moment, over whatever `ReviewScreen` is below, which
/// it gives back unchanged when it closes.
public enum Overlay: Sendable, Equatable {
    /// The help page (F1), scrolled to its `scroll`th line.
    case help(scroll: Int)
    /// The facilitator's session form: a new session's, or a correction of the place or headcount.
    case sessionForm(SessionForm)
    /// The facilitator asked to quit: close the session first? (Its files would otherwise
    /// keep the order they were written in, `taskforce close-session`.)
    case closingSession
}

extension ReviewModel {
    // Read-only views of the mode, for the views and the tests: changes go through `screen`
    // and `overlay` (one transition each, in the update files).

    /// The comment being written, when the composer is open.
    public var composer: Composer? {
        if case .reader(.composer(let composer)) = screen { composer } else { nil }
    }

    /// The search or go-to question being typed.
    public var prompt: Prompt? {
        if case .reader(.prompt(let prompt)) = screen { prompt } else { nil }
    }

    /// The notes of the current article, when open.
    public var notes: NotesPane? {
        if case .reader(.notes(let notes)) = screen { notes } else { nil }
    }

    /// The digest preview, when open.
    public var digestPreview: DigestPreview? {
        if case .reader(.digestPreview(let preview)) = screen { preview } else { nil }
    }

    /// The help page is over the screen.
    public var helpShown: Bool {
        if case .help? = overlay { true } else { false }
    }

    /// The facilitator's session form, when open.
    public var sessionForm: SessionForm? {
        if case .sessionForm(let form)? = overlay { form } else { nil }
    }

    /// Changes the open notes pane in place (nothing when the notes are closed).
    mutating func updateNotes(_ change: (inout NotesPane) -> Void) {
        guard case .reader(.notes(var pane)) = screen else { return }
        change(&pane)
        screen = .reader(.notes(pane))
    }

    /// Changes the open composer in place (nothing when it is closed).
    mutating func updateComposer(_ change: (inout Composer) -> Void) {
        guard case .reader(.composer(var composer)) = screen else { return }
        change(&composer)
        screen = .reader(.composer(composer))
    }

    /// Changes the open digest preview in place (nothing when it is closed).
    mutating func updateDigestPreview(_ change: (inout DigestPreview) -> Void) {
        guard case .reader(.digestPreview(var preview)) = screen else { return }
        change(&preview)
        screen = .reader(.digestPreview(preview))
    }

    /// Closes whatever is open in the reader, back to the article.
    mutating func closePanel() {
        if case .reader = screen { screen = .article }
    }
}
