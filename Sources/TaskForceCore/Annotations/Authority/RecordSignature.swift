import Crypto
import Foundation

/// Ed25519 signatures over an annotation's canonical bytes: the file `AnnotationCodec`
/// writes for the record with its `signature` left out. The same record is always the
/// same bytes, so a signature made on one machine verifies on every other.
public enum RecordSignature {
    /// What is signed: the record as written, without its signature.
    public static func signedBytes(of a: Annotation) -> [UInt8] {
        var unsigned = a
        unsigned.signature = nil
        return AnnotationCodec.encode(unsigned)
    }

    /// `a` with its signature by `key`.
    public static func signed(_ a: Annotation, by key: Curve25519.Signing.PrivateKey) -> Annotation {
        var signed = a
        signed.signature = Hex.encode(Array((try? key.signature(for: signedBytes(of: a))) ?? Data()))
        return signed
    }

    /// Whether `a` carries a signature by the holder of the public key `publicKey` (hex).
    public static func verifies(_ a: Annotation, publicKey: String?) -> Bool {
        guard let publicKey, let signature = a.signature, let keyBytes = Hex.decode(publicKey),
              let signatureBytes = Hex.decode(signature),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes) else { return false }
        return key.isValidSignature(signatureBytes, for: signedBytes(of: a))
    }
}

/// Lowercase hexadecimal, the only spelling the files accept.
public enum Hex {
    public static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode(_ s: String) -> [UInt8]? {
        let chars = Array(s.utf8)
        guard chars.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 0x30...0x39: c - 0x30
            case 0x61...0x66: c - 0x61 + 10
            default: nil
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(chars.count / 2)
        var i = 0
        while i < chars.count {
            guard let high = value(chars[i]), let low = value(chars[i + 1]) else { return nil }
            out.append(high << 4 | low)
            i += 2
        }
        return out
    }
}
