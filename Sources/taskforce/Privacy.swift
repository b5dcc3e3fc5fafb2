import Foundation

/// Process-wide settings that keep participants' words off the disk except where the
/// store puts them (Annotations/README.md): files created private, and no core dumps that could
/// hold a comment being typed.
enum Privacy {
    static func startUp() {
        umask(0o077)
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = setrlimit(Int32(RLIMIT_CORE.rawValue), &none)
    }
}
