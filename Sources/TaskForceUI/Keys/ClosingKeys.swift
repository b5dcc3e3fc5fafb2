/// What a key does while the facilitator is asked, on quitting, whether to close the
/// session: every other key does nothing, so that a slip does not decide.
public enum ClosingAction: Hashable, Sendable, CaseIterable { case closeAndQuit, quitLeavingOpen, stay }

public enum ClosingKeys {
    static let prose = HelpPlace.paragraph(.helpClosingKeys)

    public static let map = KeyMap<ClosingAction>([
        .init([.enter], .closeAndQuit, help: prose),
        .init([.character("n"), .character("N")], .quitLeavingOpen, help: prose),
        .init([.escape], .stay, help: prose),
    ])
}
