import TaskForceCore

/// A laptop passed round the room (`--kiosk`, issue 13): it holds the room. Nothing of one
/// person is left for the next: a comment left unsaved is thrown away once the person says
/// so, not kept; after a few minutes without a key the screen warns, then is wiped and goes
/// back to article 1. `q` and F10 do not close it (Ctrl-C, Ctrl-Z and Ctrl-\ arrive as plain
/// keys, see `ReviewSession`): the facilitator closes it with Ctrl-Q three times in a row.
///
/// Why an unfinished comment is not kept, even sealed: the laptop stays in the room, and
/// whatever it keeps could be read by the next person at it (a draft in `Annotations/drafts/`
/// is plain text). The person who wrote it has left and could not find it again anyway.
enum KioskUpdate {
    /// Minutes without a key before the warning, then before the wipe.
    static let warnAfterSeconds = 180
    static let wipeAfterSeconds = 240
    /// Ctrl-Q pressed this many times in a row closes the kiosk. The one key outside the key
    /// tables, on purpose: the tables write the help and the bar, and a kiosk's must not teach
    /// participants how to close it (README tells facilitators).
    static let closingKey = Key.control("q")
    static let closingPresses = 3

    /// Keys a kiosk answers before anything else: the facilitator's closing sequence, and
    /// the ways out that a participant could hit by chance. True when `key` was taken.
    static func key(_ model: inout ReviewModel, _ key: Key) -> Bool {
        guard model.kiosk else { return false }
        model.kioskIdleWarned = false  // someone is there
        if key == closingKey {
            model.kioskClosingPresses += 1
            if model.kioskClosingPresses >= closingPresses { model.quitRequested = true }
            return true
        }
        model.kioskClosingPresses = 0
        // q is a letter while a comment or a question is typed; F10 is never one.
        let typing = model.composer != nil || model.prompt != nil
        if key == .function(10) || (!typing && ReaderKeys.participant.action(for: key) == .quit) {
            model.status = .say(.kioskStaysOpen)
            return true
        }
        return false
    }

    /// Esc in a kiosk's composer with something written: asks once; Enter then throws it
    /// away entirely, any other key goes back to writing.
    static func close(_ model: inout ReviewModel, _ composer: inout Composer, _ key: Key) -> Bool {
        guard model.kiosk else { return false }
        if composer.confirmingDiscard {
            composer.confirmingDiscard = false
            if key == .enter {
                model.closePanel()
                model.status = .say(.kioskThrownAway)
            }
            return true
        }
        guard key == .escape, !composer.isEmpty else { return false }
        composer.confirmingDiscard = true
        return true
    }

    /// No key for `seconds`: the warning, then the wipe, once each.
    static func idle(_ model: inout ReviewModel, seconds: Int) -> [ReviewEffect] {
        guard model.kiosk else { return [] }
        if seconds >= wipeAfterSeconds, model.kioskIdleWarned {
            model.kioskIdleWarned = false
            return wipe(&model, status: .kioskWiped)
        }
        if seconds >= warnAfterSeconds, seconds < wipeAfterSeconds, !model.kioskIdleWarned, !isFresh(model) {
            model.kioskIdleWarned = true
            model.status = .say(.kioskIdleWarning)
        }
        return []
    }

    /// Nothing of anyone on screen: the first article, nothing open, nothing said.
    static func isFresh(_ model: ReviewModel) -> Bool {
        model.screen == .article && model.overlay == nil && model.articleIndex == 0 && model.textScroll == 0
            && model.searchTerm == nil && model.mine.isEmpty && model.endorsedByMe.isEmpty
    }

    /// The next person starts as the program does: nothing of the previous one on screen or
    /// in memory (their keys too, so nobody can withdraw their comments), a clean terminal.
    static func wipe(_ model: inout ReviewModel, status: UIString) -> [ReviewEffect] {
        model.unfinished = [:]
        model.mine = []
        model.writerKeys = WriterKeys()
        model.endorsedByMe = []
        model.searchTerm = nil
        model.screen = model.texts.count == 1 ? .article : .chooser
        model.overlay = nil
        model.articleIndex = 0
        model.textScroll = 0
        model.status = .say(status)
        FollowUpdate.forgetParticipant(&model)
        return [.clearScreen]
    }
}
