import Foundation
import Testing
@testable import TaskForceCore

/// "We will try more than yours": every identifying detail of the catalogue written with
/// every digit script, separator and surrounding the catalogue uses one at a time, all
/// combined; real legislation stays untouched; and detection stays linear on hostile input.
struct IdentifyingDetailsVariationTests {
    static func exported(_ text: String) -> String { IdentifyingDetailsCatalogueTests.exported(text) }

    /// The zero of each digit script tried (its digits follow it in Unicode).
    static let zeros: [UInt32] = [0x30, 0xFF10, 0x660, 0x6F0, 0x966, 0x9E6, 0xE50, 0x1D7CE, 0x1D7F6, 0x1810]

    static func digits(_ text: String, zero: UInt32) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            s.properties.numericType == .decimal && s.isASCII ? Unicode.Scalar(zero + s.value - 0x30)! : s
        }))
    }

    static let separators = [" ", ".", "-", "/", "", "\u{A0}", "\u{2009}", "\u{202F}", "\u{3000}", " - ", "  ", "\u{2013}",
                             "\u{B7}", "\u{200B}", " \u{200B}", "\n"]

    static let surroundings = ["X", "Tel: X", "(X)", "\"X\"", "«X»", "X.", "X,", "X!", "X?", "appelle X ou pas",
                               "X\nsuite", "[X]", "<X>", "'X'", "X;", "Mon numéro, X, merci", "gsm:X", "Bel me op X!"]

    static let phoneGroups: [[String]] = [
        ["0470", "12", "34", "56"], ["02", "123", "45", "67"], ["+32", "470", "12", "34", "56"],
        ["0032", "470", "12", "34", "56"], ["+33", "6", "12", "34", "56", "78"], ["+40", "721", "234", "567"],
        ["+44", "20", "7946", "0958"], ["0470", "123456"], ["0487", "65", "43", "21"], ["+32", "(0)470", "12", "34", "56"],
        ["06", "12", "34", "56", "78"], ["0499", "99", "88", "77"],
    ]

    @Test func phonesInEveryScriptSeparatorAndSurrounding() {
        var missed: [String] = []
        for groups in Self.phoneGroups {
            for separator in Self.separators {
                for zero in Self.zeros {
                    let number = Self.digits(groups.joined(separator: separator), zero: zero)
                    for surrounding in Self.surroundings {
                        let text = surrounding.replacingOccurrences(of: "X", with: number)
                        let expected = Sanitizer.sanitize(surrounding.replacingOccurrences(of: "X", with: "[phone]"), for: .export)
                        if Self.exported(text) != expected || IdentifyingDetails.find(in: text).count != 1 {
                            missed.append(text.debugDescription)
                        }
                    }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.count) missed, first: \(missed.prefix(10))")
    }

    static let ibanForms: [String] = ["BE71 0961 2345 6769", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00",
                                      "DE89 3704 0044 0532 0130 00", "RO49 AAAA 1B31 0075 9384 0000", "BG80 BNBG 9661 1020 3456 78"]

    @Test func ibansInEveryCaseSeparatorAndSurrounding() {
        var missed: [String] = []
        for iban in Self.ibanForms {
            for separator in [" ", "", "-", ".", "\u{A0}", "\u{200B}"] {
                for upper in [true, false] {
                    for zero in Self.zeros {
                        var form = iban.replacingOccurrences(of: " ", with: separator)
                        form = upper ? form : form.lowercased()
                        form = Self.digits(form, zero: zero)
                        for surrounding in ["X", "IBAN: X", "(X)", "X.", "compte X, merci", "\"X\""] {
                            let text = surrounding.replacingOccurrences(of: "X", with: form)
                            let expected = Sanitizer.sanitize(surrounding.replacingOccurrences(of: "X", with: "[iban]"), for: .export)
                            if Self.exported(text) != expected { missed.append(text.debugDescription) }
                        }
                    }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.count) missed, first: \(missed.prefix(10))")
    }

    @Test func nationalNumbersInEveryGroupingAndSurrounding() {
        var missed: [String] = []
        for number in ["85073003328", "01010100126", "85273003371", "92401245638"] {
            let d = Array(number)
            let forms = [
                "\(String(d[0..<2])).\(String(d[2..<4])).\(String(d[4..<6]))-\(String(d[6..<9])).\(String(d[9..<11]))",
                number, "\(String(d[0..<6])) \(String(d[6..<9])) \(String(d[9..<11]))",
                "\(String(d[0..<6]))-\(String(d[6..<9]))-\(String(d[9..<11]))",
                "\(String(d[0..<2])) \(String(d[2..<4])) \(String(d[4..<6])) \(String(d[6..<9])) \(String(d[9..<11]))",
            ]
            for form in forms {
                for zero in Self.zeros {
                    for surrounding in ["X", "NN X", "rijksregisternummer: X.", "(X)", "NNX"] {
                        let text = surrounding.replacingOccurrences(of: "X", with: Self.digits(form, zero: zero))
                        if Self.exported(text) != surrounding.replacingOccurrences(of: "X", with: "[nn]") {
                            missed.append(text.debugDescription)
                        }
                    }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.count) missed, first: \(missed.prefix(10))")
    }

    @Test func emailsInEveryDisguiseAndSurrounding() {
        var missed: [String] = []
        let locals = ["sophie", "sophie.martin", "SOPHIE", "josé", "s_m+tag"]
        let ats = ["@", " @ ", "[at]", " [at] ", "(at)", " (at) ", "{at}", " at ", " AT ", "＠", "%40", " arobase ", "[@]"]
        let dots = [".", " dot ", "[dot]", " [dot] ", "(.)", " . ", "．", " DOT "]
        for local in locals {
            for at in ats {
                for dot in dots {
                    for domain in [["gmail", "com"], ["exemple", "be"], ["mail", "example", "org"]] {
                        let address = local + at + domain.joined(separator: dot)
                        for surrounding in ["X", "écris à X demain", "(X)", "X.", "mail: X, merci"] {
                            let text = surrounding.replacingOccurrences(of: "X", with: address)
                            if Self.exported(text) != surrounding.replacingOccurrences(of: "X", with: "[email]") {
                                missed.append(text.debugDescription)
                            }
                        }
                    }
                }
            }
        }
        #expect(missed.isEmpty, "\(missed.count) missed, first: \(missed.prefix(10))")
    }

    /// Dates, amounts and references in every separator, in sentences: none is a detail.
    @Test func ordinaryNumbersInEveryFormStayAlone() {
        var flagged: [String] = []
        let forms = ["23X11X2026", "2026X11X23", "1X1X2026", "01X2026", "1X500X000X000 €", "L 1999X05X04/60",
                     "art. 371X1", "€ 2X500,00", "12X2026", "2X3", "1999X2000"]
        for form in forms {
            for separator in ["/", ".", "-", " "] {
                for sentence in ["Le X, la loi", "Art. 5 du X", "(X)", "vu le X et le Y"] {
                    let text = sentence.replacingOccurrences(of: "X", with: form.replacingOccurrences(of: "X", with: separator))
                        .replacingOccurrences(of: "Y", with: "3 mai 2024")
                    if !IdentifyingDetails.find(in: text).isEmpty { flagged.append(text) }
                }
            }
        }
        #expect(flagged.isEmpty, "\(flagged)")
    }

    /// The demonstration bills, and the real legislation next to the checkout: articles,
    /// dates, amounts and law references by the thousand, no identifying detail.
    @Test func legislationIsNotFlagged() throws {
        var files = try FileManager.default.contentsOfDirectory(at: DemoBillTests.texts, includingPropertiesForKeys: nil)
        if let shared = SharedTexts.directory {
            files += try FileManager.default.contentsOfDirectory(at: shared, includingPropertiesForKeys: nil)
        }
        var flagged: [String] = []
        for file in files where ["txt", "md"].contains(file.pathExtension) {
            let text = try String(contentsOf: file, encoding: .utf8)
            for finding in IdentifyingDetails.find(in: text) {
                flagged.append("\(file.lastPathComponent): \(finding.kind) \(text[finding.range])")
            }
        }
        #expect(flagged.isEmpty, "\(flagged)")
    }

    /// Hostile input cannot make an export hang: the time per character does not grow
    /// with the length of the text. A ratio of two timings taken in the same moment, not a
    /// time limit; one at a time, best of five, in the thread's CPU time, because a loaded
    /// machine (other builds, tests side by side) slows single runs at random.
    @Test(.serialized, arguments: [
        "0 ", "0470 12 ", "+3", "1-", "a@", "a@b.", "%40", "(at)", " at b dot ", "BE71 ", "be7", "zéro ", "vingt-",
        "O", "0", "a.", "x [dot] ", "&#64;", "@ ", "8507300332", "12/12/", "(0", "\u{200B}", "٤",
    ])
    func staysLinear(_ unit: String) {
        func seconds(_ count: Int) -> Double {
            let text = String(repeating: unit, count: count / unit.count)
            return (0..<5).map { _ in
                let start = Self.threadCPUSeconds()
                _ = IdentifyingDetails.find(in: text)
                return Self.threadCPUSeconds() - start
            }.min()!
        }
        _ = seconds(500)
        let small = seconds(2_000), large = seconds(32_000)
        // Sixteen times the text, about sixteen times the time; a quadratic scan would take
        // 256. The wide margin keeps a loaded machine's noise from failing a linear scan.
        #expect(large < max(small * 48, 0.05), "\(unit.debugDescription): \(small) s for 2k, \(large) s for 32k")
        print("staysLinear \(unit.debugDescription): \(small) s for 2k, \(large) s for 32k, ratio \(large / small)")
    }

    /// The CPU time of this thread: what the scan itself costs, whatever else the machine
    /// runs meanwhile (wall-clock time counted the waits for a core on a loaded machine).
    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
