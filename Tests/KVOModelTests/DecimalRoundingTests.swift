import XCTest
@testable import KVOModel

/// DecimalRounding reads and writes digits as bytes; what it gives is what the Character-wise
/// version gave (kept below as the reference), for edge values and many others.
final class DecimalRoundingTests: XCTestCase {
    private func referenceDigits(_ value: Double) -> (digits: [Int], point: Int) {
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...].filter { $0 != "+" }) ?? 0
        }
        var digits: [Int] = [], point = 0, seenPoint = false
        for ch in mantissa {
            if ch == "." { seenPoint = true; continue }
            guard let d = ch.wholeNumberValue else { continue }
            digits.append(d)
            if !seenPoint { point += 1 }
        }
        while digits.count > 1, digits[0] == 0 { digits.removeFirst(); point -= 1 }
        return (digits, point + exponent)
    }

    func testDigitsAndRoundingAsTheCharacterWiseVersion() {
        var values: [Double] = [0, 0.5, 0.05, 0.005, 0.15, 31.35, 2.5, 16, 1e20, 1e-7, 5e-324, 123456789.987654321, 0.999, 9.95, 99.95,
                                .greatestFiniteMagnitude, 1.0 / 3, 2.0 / 3, 100]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 { values.append(Double.random(in: 0..<1000, using: &generator)) }
        for _ in 0..<100 { values.append(Double(Int.random(in: 0..<100_000, using: &generator)) / 100) }
        for v in values {
            let got = DecimalRounding.decimalDigits(v), want = referenceDigits(v)
            XCTAssertEqual(got.digits, want.digits, "\(v)")
            XCTAssertEqual(got.point, want.point, "\(v)")
            for decimals in 0...3 {
                for signed in [v, -v] {
                    guard let r = DecimalRounding.round(signed, decimals: decimals) else { return XCTFail("\(signed)") }
                    XCTAssertTrue(r.integer.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } && !r.integer.isEmpty, "\(signed)")
                    XCTAssertEqual(r.fraction.count, decimals, "\(signed)")
                }
            }
        }
        XCTAssertEqual(Language.nl.number(31.35), "31,4")
        XCTAssertEqual(Language.en.number(0.15), "0.2")
        XCTAssertEqual(Language.en.number(-0.04), "0")
        XCTAssertEqual(Language.en.fixed(1e20, decimals: 1), "100000000000000000000.0")
        XCTAssertEqual(Language.nl.number(2.5, decimals: 2), "2,5")
    }
}
