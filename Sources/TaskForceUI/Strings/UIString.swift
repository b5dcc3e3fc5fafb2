/// Every message the interface shows, one case each. The wording lives in the tables
/// (Strings.en.swift, Strings.fr.swift, Strings.nl.swift); a test fails when a case is
/// missing from one of them. Parameters are written `{name}` (see `format`).
public enum UIString: String, Sendable, CaseIterable {
    // Title line
    case titleSession            // {session}
    case titleKiosk

    // Key bar labels (the F-key itself is drawn by the view)
    case keyHelp, keyAnnotate, keySearch, keyNotes, keyLanguage, keyQuit, keyHide
    case keyBack, keyOpen, keySave, keyPropose, keyGoTo, keyMeToo, keyEdit, keyWithdraw
    case keyNextField, keyChoose, keyTick
    case keyFormNext, keyFormLeave, keyFormSave, keyFormCancel  // the session form: new, or corrected

    // Screen titles
    case screenChooseText, screenArticles
    case screenNotes             // {article}
    case screenHelp
    case screenComposer          // {article}

    // Text chooser
    case chooserNoTexts          // {folder}
    case chooserOneArticle
    case chooserArticles         // {count}

    // Reader
    case readerNoOtherVersion
    case readerEarlierVersion

    // Composer
    case composerStance, composerThemes, composerComment, composerCommentPlaceholder
    case composerProposal, composerProposalExplanation
    case stanceSupport, stanceConcern, stanceOppose, stanceQuestion
    case composerHintNextField, composerHintPropose, composerHintSave, composerHintCancel
    case composerNeedsStance, composerEmpty
    case composerTooLong         // {max}

    // Confirmations
    case saved, savedKiosk, saveFailed, draftKept, draftRestored
    case confirmQuit, confirmQuitWithDraft, confirmQuitKeys

    // Identifying details, before saving
    case warnTitle, warnPhone, warnEmail, warnName, warnAddress, warnBankAccount, warnNationalNumber
    case warnSaferWithout, warnSaveAnyway, warnKeys

    // Kiosk mode
    case kioskBanner, kioskNotesHidden
    case kioskStaysOpen, kioskDiscardQuestion, kioskThrownAway, kioskIdleWarning, kioskWiped

    // Quick hide: an innocuous page that says nothing about the union or the bill
    case hideTitle, hideBody

    // The terminal
    case terminalTooSmall        // {columns} {rows}
    case terminalNotUTF8
    case textsFolderMissing, textsFolderIsAFile // {folder}
    case noSuchText                              // {folder} {text}

    // Search and go to
    case searchPrompt, searchNoMatch, searchOneMatch
    case searchMatches           // {count}
    case searchKeys
    case goToPrompt
    case goToNoSuchArticle       // {article}

    // Notes of an article
    case notesEmpty, notesYours, notesProposedWording
    case notesOneMeToo
    case notesMeToos             // {count}
    case notesMeTooDone, confirmWithdraw, withdrawn, onlyOwnComments
    case notesAlreadyMeToo, notesOwnComment, confirmWithdrawKeys, helpNotesKeys, helpKeyPropose
    case helpComposerKeys, helpPromptKeys, helpComposerLanguage, composerLanguage
    case helpKeyInterfaceLanguage, interfaceLanguageNow, notesFolded

    // Help screen: one line per key, then a word on anonymity
    case helpIntro, helpKeyHelp, helpKeyAnnotate, helpKeySearch, helpKeyNotes
    case helpKeyLanguage, helpKeyQuit, helpKeyHide, helpKeyMove, helpKeyGoTo
    case helpKeyTab, helpKeyMouse, helpAnonymous, helpPageKeys
    case helpKeyBack, helpKeyNextMatch, helpKeyOpen

    // Two language versions side by side on a wide screen
    case readerNotInVersion      // {article} {language}
    case sideBySideNeedsWidth    // {columns}
    case helpKeySideBySide

    // The digest preview for staff (D): read-only, never on a shared laptop
    case keyScroll
    case helpKeyDigest
    case digestPreviewTitle, digestPreviewBuilding, digestPreviewFailed, digestPreviewKiosk
    case digestPreviewArticle, digestPreviewMeToo, digestPreviewTotal

    // Following the facilitator of a session (f / F11), and the tallies kept hidden
    case titleFollowing, followFacilitatorLeft, followStarted, followStopped, followNeedsSession, talliesHidden, helpKeyFollow
    // Facilitator mode (--facilitator): the session form, the live dashboard, the notes' extra keys
    case keyDashboard, keyTallies, keyHeadcount, keyPlace, keyHands, keyLeaveOut, keyDuplicate
    case titleHeadcount          // {count}
    case formNewSession          // {session}
    case formSession             // {session}
    case formPlace, formHeadcount, formNoNames, formPlaceProblem, formPlaceDetail, formHeadcountProblem
    case sessionSaveFailed, livePublishFailed
    /// Files found invalid at start: moved to quarantine/ (the screen) or not (`render`).
    case filesSetAside, filesNotUsed
    case commentsBeingRead         // the start-up read of the annotations folder, on a worker
    case dashboardTitle, dashboardComments, dashboardTalliesHidden, dashboardTalliesShown, dashboardNoArticles
    case dashboardThisSession  // {code}
    case dashboardAllSessions
    case screenComposerTranscribed  // {article}
    case notesTranscribed
    case handsPrompt, handsOutOfRange
    case handsReplacePrompt      // {count}
    case handsSaved              // {count}
    case leftOut, leftOutUndone, duplicatePrompt, duplicateOfItself, duplicateMarked, duplicateUndone
    case facilitatorSaveFailed
    case otherSessionsComment     // H or u on a comment written in another session
    case chooseTextForDashboard   // a dashboard key (t, +, -, n, p, s) on the facilitator's list of texts
    case helpEscapeDigits, helpKeyReading, readingOn, readingOff, readingPosition, readingComments
    case helpKeyArticleList, helpArticleListKeys
    case helpKeyReadAloud, aloudStarted, aloudStopped, aloudNoVoice, aloudCouldNotPlay
    case handsRemoved
    case helpFacilitator, helpFacilitatorNotes, helpQuestionKeys, helpFormKeys, helpClosingKeys
    case closingQuestion          // {session}
    case farewellSessionClosed    // {session} {count}
    case farewellSessionNotClosed // {session} {reason}
    case notesHiddenFromDigest, notesDuplicate
    // Participants: comments set aside by the facilitator are counted, not shown
    case notesOneSetAside, notesSetAside  // {count}

    /// The labels drawn in key bars, kept short so the bar fits 80 columns.
    public static let keyLabels: [UIString] = [
        .keyHelp, .keyAnnotate, .keySearch, .keyNotes, .keyLanguage, .keyQuit, .keyHide,
        .keyBack, .keyOpen, .keySave, .keyPropose, .keyGoTo, .keyMeToo, .keyEdit, .keyWithdraw,
        .keyScroll, .keyDashboard, .keyTallies, .keyHeadcount, .keyPlace, .keyHands, .keyLeaveOut, .keyDuplicate,
    ]
}
