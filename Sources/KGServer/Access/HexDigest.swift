import Crypto
import Foundation

/// The SHA-256 digest of `bytes` in lowercase hexadecimal.
func sha256Hex(_ bytes: some DataProtocol) -> String {
  SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
}
