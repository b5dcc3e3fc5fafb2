import Foundation

/// Unicode NFC (ARCHITECTURE: Texts; Annotations/README.md). Texts and comments are stored and compared composed,
/// so that `é` typed as one or as two code points is the same text.
public enum NFC {
    public static func normalise(_ s: String) -> String {
        // Fast path: no scalar at or above U+0300 means nothing can combine or decompose.
        // (The first characters NFC changes are the combining marks from U+0300.)
        if !s.utf8.contains(where: { $0 >= 0xCC }) { return s }
        return s.precomposedStringWithCanonicalMapping
    }

    public static func isNormalised(_ s: String) -> Bool {
        normalise(s).utf8.elementsEqual(s.utf8)
    }
}
