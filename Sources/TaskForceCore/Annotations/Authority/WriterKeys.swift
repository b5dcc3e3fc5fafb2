import Crypto
import Foundation

/// The keys of what one screen wrote, kept only in its memory: whoever holds them can
/// withdraw or edit those records, and nobody else. One random secret; each record's key
/// is derived from it and the record's own random id (HMAC-SHA256), so the public keys in
/// the files are unrelated to one another and say nothing about who wrote them. A new
/// value (a kiosk's next participant, a restart) holds a new secret: the records written
/// before can no longer be changed from this screen, exactly as with "mine" before keys.
public struct WriterKeys: Sendable, Equatable {
    private let secret: [UInt8]

    public init() {
        secret = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
    }

    /// The private key of the record with this id.
    public func privateKey(for id: AnnotationID) -> Curve25519.Signing.PrivateKey {
        let seed = HMAC<SHA256>.authenticationCode(for: Array(id.value.utf8), using: SymmetricKey(data: secret))
        // 32 bytes are always a valid Ed25519 seed.
        return try! Curve25519.Signing.PrivateKey(rawRepresentation: Array(seed))
    }

    /// `a` carrying the public half of its own key (comments and endorsements).
    public func keyed(_ a: Annotation) -> Annotation {
        var keyed = a
        keyed.recordKey = RecordKey(hex: Hex.encode(Array(privateKey(for: a.id).publicKey.rawRepresentation)))
        return keyed
    }

    /// A withdrawal or an edit of `target`, signed with `target`'s key.
    public func signed(_ a: Annotation, actingOn target: AnnotationID) -> Annotation {
        RecordSignature.signed(a, by: privateKey(for: target))
    }

    public static func == (a: WriterKeys, b: WriterKeys) -> Bool { a.secret == b.secret }
}
