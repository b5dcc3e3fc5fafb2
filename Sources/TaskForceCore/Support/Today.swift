import Foundation

/// Today's calendar day in the machine's time zone, `YYYY-MM-DD`: the only date an
/// annotation records (no time of day, no time zone), and the day whose midnight the files
/// taskforce writes carry as their times.
public enum Today {
    public static func day() -> Day {
        var now = time(nil)
        var t = tm()
        localtime_r(&now, &t)
        // A clock's day is a real one; only a clock past the year 2999 would stop here.
        return Day(String(format: "%04d-%02d-%02d", Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday)))!
    }
}
