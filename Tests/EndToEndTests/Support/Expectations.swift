import Testing

/// Bad input data: exit 65 and exactly one line on stderr that names the file (README: Commands).
func expectBadData(_ result: RunResult, file name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!result.timedOut, "taskforce did not finish", sourceLocation: sourceLocation)
    #expect(result.status == 65, "exit status; stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1, "one error line, got: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(name), "the message names \(name): \(result.stderr)", sourceLocation: sourceLocation)
}
