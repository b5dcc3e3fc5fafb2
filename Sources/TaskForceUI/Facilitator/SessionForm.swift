import TaskForceCore

/// The facilitator's small form for the session record: the place (one line, 1–80
/// characters) and the headcount (0–10000). For a new session it asks both, and Esc
/// quits without writing anything; a correction asks one of them, and Esc keeps the
/// record as it was.
public struct SessionForm: Sendable, Equatable {
    public enum Field: Sendable, Equatable { case place, headcount }

    public static let longestPlace = 80
    public static let largestHeadcount = SessionRecordCodec.largestHeadcount

    /// The fields asked, in order.
    public var fields: [Field]
    public var field: Field
    public var place: String
    public var headcount: String
    /// Creating the session: nothing is on disk yet.
    public var isNew: Bool
    /// Why the last Enter did not go on (a bad value, a failed save).
    public var problem: UIString?
    /// The headcount shown is the record's, not typed yet: the first digit replaces it (`n`
    /// then 12 means 12, not the old number followed by 12); Backspace edits it instead.
    public var headcountPrefilled = false

    /// The form for a session that has no record yet.
    public init(new code: String) {
        fields = [.place, .headcount]
        field = .place
        place = ""
        headcount = ""
        isNew = true
    }

    /// A correction of one field of `record`, prefilled with its value.
    public init(correcting record: SessionRecord, _ field: Field) {
        fields = [field]
        self.field = field
        place = record.place
        headcount = String(record.headcount)
        isNew = false
        headcountPrefilled = field == .headcount
    }

    /// The place as it is saved: trimmed and in NFC; nil when it is not 1–80 characters.
    var validPlace: String? {
        let trimmed = NFC.normalise(place.trimmingCharacters(in: .whitespaces))
        return trimmed.isEmpty || trimmed.count > Self.longestPlace ? nil : trimmed
    }

    var validHeadcount: Int? {
        guard let n = Int(headcount), (0...Self.largestHeadcount).contains(n) else { return nil }
        return n
    }

    func problem(with field: Field) -> UIString? {
        switch field {
        // The place is shown in the digest: nothing that identifies a person (issue 13).
        case .place: validPlace.map { IdentifyingDetails.find(in: $0).isEmpty ? nil : .formPlaceDetail } ?? .formPlaceProblem
        case .headcount: validHeadcount == nil ? .formHeadcountProblem : nil
        }
    }
}

/// Keys while the session form is open: typing edits the field, Enter checks it and goes
/// to the next one or saves, Tab and ↑ ↓ move between fields, Esc leaves.
enum SessionFormUpdate {
    static func update(_ model: inout ReviewModel, _ form: SessionForm, _ key: Key) -> [ReviewEffect] {
        guard let state = model.facilitator else { return [] }
        var form = form
        model.status = nil
        switch SessionFormKeys.map.action(for: key) {
        case .leave?:
            // A new session is not written unless confirmed: leaving its form leaves the program.
            if form.isNew { model.quitRequested = true }
            model.overlay = nil
            return []
        case .quit?:
            return ReviewUpdate.quit(&model)
        case .nextField?:
            form.field = step(form, by: 1)
        case .previousField?:
            form.field = step(form, by: -1)
        case .erase?:
            form.headcountPrefilled = false
            edit(&form) { if !$0.isEmpty { $0.removeLast() } }
        case .confirm?:
            if let problem = form.problem(with: form.field) {
                form.problem = problem
            } else if form.field != form.fields.last {
                form.field = step(form, by: 1)
                form.problem = nil
            } else if let bad = form.fields.first(where: { form.problem(with: $0) != nil }) {
                form.field = bad
                form.problem = form.problem(with: bad)
            } else if let place = form.validPlace, let headcount = form.validHeadcount {
                form.problem = nil
                model.overlay = .sessionForm(form)
                let record = SessionRecord(code: state.code, place: place, day: state.saved?.day ?? state.today,
                                           headcount: headcount, key: state.saved?.key)
                return [.facilitator(.saveSession(record))]
            }
        case nil:
            guard case .character(let c) = key else { break }
            form.problem = nil
            switch form.field {
            case .headcount:
                guard c.isASCII, c.isNumber else { form.problem = .formHeadcountProblem; break }
                if form.headcountPrefilled { form.headcount = "" }
                form.headcountPrefilled = false
                if form.headcount.count < 5 { form.headcount.append(c) } else { form.problem = .formHeadcountProblem }
            case .place:
                guard !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { break }
                if form.place.count < SessionForm.longestPlace { form.place.append(c) } else { form.problem = .formPlaceProblem }
            }
        }
        model.overlay = .sessionForm(form)
        return []
    }

    private static func step(_ form: SessionForm, by delta: Int) -> SessionForm.Field {
        guard let i = form.fields.firstIndex(of: form.field) else { return form.fields[0] }
        return form.fields[(i + delta + form.fields.count) % form.fields.count]
    }

    private static func edit(_ form: inout SessionForm, _ change: (inout String) -> Void) {
        form.problem = nil
        switch form.field {
        case .place: change(&form.place)
        case .headcount: change(&form.headcount)
        }
    }
}
