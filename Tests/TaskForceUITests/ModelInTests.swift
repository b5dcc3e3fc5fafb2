@testable import TaskForceUI

/// What a person sees, for the tests' tables: the help page, or the place under it.
enum Shown: Equatable, Sendable { case chooser, reader, dashboard, help }

extension ReviewModel {
    var shown: Shown {
        if helpShown { return .help }
        switch screen.place {
        case .chooser: return .chooser
        case .reader: return .reader
        case .dashboard: return .dashboard
        }
    }

    /// The show of hands being typed in the facilitator's notes.
    var handsPrompt: FacilitatorState.HandsPrompt? {
        if case .hands(let hands)? = notes?.question { hands } else { nil }
    }

    /// The duplicate whose original the facilitator is choosing.
    var duplicateMark: FacilitatorState.DuplicateMark? {
        if case .duplicate(let mark)? = notes?.question { mark } else { nil }
    }
}

extension ReviewModel {
    /// The facilitator's screen of `state`, on the current text, as `init` opens it: the
    /// dashboard, under the form of a session not yet recorded.
    mutating func facilitate(_ state: FacilitatorState) {
        facilitator = state
        screen = .dashboard
        overlay = state.saved == nil ? .sessionForm(SessionForm(new: state.code)) : nil
    }
}

extension ReviewModel {
    /// The same screen as a participant's: no session form, the article instead of the dashboard.
    mutating func participate() {
        facilitator = nil
        if screen == .dashboard { screen = .article }
        if sessionForm != nil { overlay = nil }
    }
}
