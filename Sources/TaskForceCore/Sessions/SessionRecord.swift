/// What is known of one task-force session (Annotations/README.md, `sessions/<code>.json`): its code,
/// the place, the day and how many people took part, as set by the facilitator. Nothing
/// about individuals: the headcount is the only figure, and it is what decides whether a
/// breakdown by session or place may be shown in a digest (ARCHITECTURE: The digest).
public struct SessionRecord: Sendable, Hashable {
    public static let format = "taskforce.session.v1"

    /// `BXL-2026-07`: letters, digits and `-` (AnnotationRules.isSessionCode).
    public var code: String
    /// A city or venue as the union names it, e.g. "Bruxelles".
    public var place: String
    /// `YYYY-MM-DD`.
    public var day: Day
    /// People present, as counted by the facilitator (0 when not counted yet).
    public var headcount: Int
    /// The public half of the session's facilitator key (64 lowercase hex characters):
    /// what verifies the session's moderations (`Authority`). The private half never
    /// enters the annotations folder (`FacilitatorKeys`). Nil in records made before keys.
    public var key: String?

    public init(code: String, place: String, day: Day, headcount: Int, key: String? = nil) {
        self.code = code
        self.place = place
        self.day = day
        self.headcount = headcount
        self.key = key
    }
}
