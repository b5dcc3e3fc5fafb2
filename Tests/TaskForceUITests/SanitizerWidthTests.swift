import TaskForceCore
import Testing
@testable import TaskForceUI

/// The sanitizer's markers must take one column each, or wrapping would misplace them.
@Suite struct SanitizerWidthTests {
    @Test func markersAreOneColumn() {
        #expect(DisplayWidth.of(Character(Sanitizer.marker)) == 1)
        for v in UInt32(0x2400)...0x2421 {
            #expect(DisplayWidth.of(Character(Unicode.Scalar(v)!)) == 1)
        }
    }
}
