import Foundation
import Testing
@testable import TaskForceCore

/// A day is a real calendar day written YYYY-MM-DD, never a time.
struct DayTests {
    @Test(arguments: ["2026-03-08", "2000-01-01", "2999-12-31", "2024-02-29", "2000-02-29"])
    func acceptsRealDays(_ value: String) throws {
        #expect(try #require(Day(value)).rawValue == value)
    }

    @Test(arguments: ["", "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2100-02-29", "1999-12-31",
                      "3000-01-01", "2026-3-8", "2026/03/08", "2026-03-08T21:13", "2026-03-08 ", "٢٠٢٦-03-08"])
    func refusesAnythingElse(_ value: String) {
        #expect(Day(value) == nil)
    }

    @Test func isABareJSONString() throws {
        let day = try #require(Day("2026-03-08"))
        let bytes = try JSONEncoder().encode([day])
        #expect(String(decoding: bytes, as: UTF8.self) == "[\"2026-03-08\"]")
        #expect(try JSONDecoder().decode([Day].self, from: bytes) == [day])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data("[\"2026-02-30\"]".utf8)) }
    }

    @Test func ordersAsTheCalendar() {
        let days = ["2026-10-01", "2026-09-30", "2025-12-31"].compactMap(Day.init)
        #expect(days.sorted().map(\.rawValue) == ["2025-12-31", "2026-09-30", "2026-10-01"])
    }

    @Test func todayIsADayOnly() {
        #expect(Today.day().rawValue.utf8.count == 10)
    }
}
