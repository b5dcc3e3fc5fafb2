/// What is known of one task-force session (DESIGN 4.2, `sessions/<code>.json`): its code,
/// the place, the day and how many people took part, as set by the facilitator. Nothing
/// about individuals: the headcount is the only figure, and it is what decides whether a
/// breakdown by session or place may be shown in a digest (DESIGN 5).
public struct SessionRecord: Sendable, Hashable {
    public static let format = "taskforce.session.v1"

    /// `BXL-2026-07`: letters, digits and `-` (AnnotationRules.isSessionCode).
    public var code: String
    /// A city or venue as the union names it, e.g. "Bruxelles".
    public var place: String
    /// `YYYY-MM-DD`.
    public var day: String
    /// People present, as counted by the facilitator (0 when not counted yet).
    public var headcount: Int

    public init(code: String, place: String, day: String, headcount: Int) {
        self.code = code
        self.place = place
        self.day = day
        self.headcount = headcount
    }
}
