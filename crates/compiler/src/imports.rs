//! Import paths gostack cannot load, and the one error each gets.
//!
//! Like `go build`, which stops at package loading when an import cannot be
//! resolved, a failed import ends compilation before type checking: the
//! program gets one error per failed import and no `undefined:` errors from
//! the uses of its name.

/// The error for an import path that has no prelude package.
pub(crate) fn unavailable(path: &str) -> String {
    if let Some(why) = sandboxed(path) {
        return format!("package {path} is not available in gostack ({why})");
    }
    if path == "C" {
        return "package C is not available in gostack (no cgo: import \"C\" needs a C compiler)".into();
    }
    let first = path.split('/').next().unwrap_or(path);
    if first.contains('.') {
        return format!("package {path} is not available in gostack (only the standard library can be imported)");
    }
    if STD.binary_search(&path).is_ok() {
        return format!("package {path} is not supported yet by gostack");
    }
    // go build: `package foo/bar is not in std (GOROOT/src/foo/bar)`.
    format!("package {path} is not in std")
}

/// The error for a program's import of a package that exists in the
/// prelude for other packages only (syscall for os, internal/...).
pub(crate) fn refused(path: &str) -> Option<String> {
    if let Some(why) = sandboxed(path) {
        return Some(format!("package {path} is not available in gostack ({why})"));
    }
    if path == "internal" || path.starts_with("internal/") || path.contains("/internal/") || path.ends_with("/internal") {
        // gc: `use of internal package internal/oserror not allowed`.
        return Some(format!("use of internal package {path} not allowed"));
    }
    None
}

/// Why a standard-library package can never exist in the sandbox
/// (README "Sandbox"): it reaches the network, processes or the host system.
fn sandboxed(path: &str) -> Option<&'static str> {
    let under = |root: &str| path == root || path.strip_prefix(root).is_some_and(|r| r.starts_with('/'));
    if under("net/http") || matches!(path, "net" | "net/rpc" | "net/rpc/jsonrpc" | "net/smtp" | "crypto/tls" | "log/syslog" | "expvar") {
        return Some("no network access");
    }
    match path {
        "os/exec" => Some("no process access"),
        "os/signal" => Some("no signals"),
        "os/user" => Some("no host user database"),
        "syscall" => Some("no system calls"),
        "plugin" => Some("no plugins"),
        "runtime/cgo" => Some("no cgo"),
        _ => None,
    }
}

/// The import paths of Go 1.27's standard library (`go list std`, without
/// internal and vendored packages), sorted.
static STD: &[&str] = &[
    "archive/tar",
    "archive/zip",
    "bufio",
    "bytes",
    "cmp",
    "compress/bzip2",
    "compress/flate",
    "compress/gzip",
    "compress/lzw",
    "compress/zlib",
    "container/heap",
    "container/list",
    "container/ring",
    "context",
    "crypto",
    "crypto/aes",
    "crypto/cipher",
    "crypto/des",
    "crypto/dsa",
    "crypto/ecdh",
    "crypto/ecdsa",
    "crypto/ed25519",
    "crypto/elliptic",
    "crypto/fips140",
    "crypto/hkdf",
    "crypto/hmac",
    "crypto/hpke",
    "crypto/md5",
    "crypto/mldsa",
    "crypto/mlkem",
    "crypto/mlkem/mlkemtest",
    "crypto/pbkdf2",
    "crypto/rand",
    "crypto/rc4",
    "crypto/rsa",
    "crypto/sha1",
    "crypto/sha256",
    "crypto/sha3",
    "crypto/sha512",
    "crypto/subtle",
    "crypto/tls",
    "crypto/x509",
    "crypto/x509/pkix",
    "database/sql",
    "database/sql/driver",
    "debug/buildinfo",
    "debug/dwarf",
    "debug/elf",
    "debug/gosym",
    "debug/macho",
    "debug/pe",
    "debug/plan9obj",
    "embed",
    "encoding",
    "encoding/ascii85",
    "encoding/asn1",
    "encoding/base32",
    "encoding/base64",
    "encoding/binary",
    "encoding/csv",
    "encoding/gob",
    "encoding/hex",
    "encoding/json",
    "encoding/json/jsontext",
    "encoding/json/v2",
    "encoding/pem",
    "encoding/xml",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go/ast",
    "go/build",
    "go/build/constraint",
    "go/constant",
    "go/doc",
    "go/doc/comment",
    "go/format",
    "go/importer",
    "go/parser",
    "go/printer",
    "go/scanner",
    "go/token",
    "go/types",
    "go/version",
    "hash",
    "hash/adler32",
    "hash/crc32",
    "hash/crc64",
    "hash/fnv",
    "hash/maphash",
    "html",
    "html/template",
    "image",
    "image/color",
    "image/color/palette",
    "image/draw",
    "image/gif",
    "image/jpeg",
    "image/png",
    "index/suffixarray",
    "io",
    "io/fs",
    "io/ioutil",
    "iter",
    "log",
    "log/slog",
    "log/syslog",
    "maps",
    "math",
    "math/big",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "math/rand/v2",
    "mime",
    "mime/multipart",
    "mime/quotedprintable",
    "net",
    "net/http",
    "net/http/cgi",
    "net/http/cookiejar",
    "net/http/fcgi",
    "net/http/httptest",
    "net/http/httptrace",
    "net/http/httputil",
    "net/http/pprof",
    "net/mail",
    "net/netip",
    "net/rpc",
    "net/rpc/jsonrpc",
    "net/smtp",
    "net/textproto",
    "net/url",
    "os",
    "os/exec",
    "os/signal",
    "os/user",
    "path",
    "path/filepath",
    "plugin",
    "reflect",
    "regexp",
    "regexp/syntax",
    "runtime",
    "runtime/cgo",
    "runtime/coverage",
    "runtime/debug",
    "runtime/metrics",
    "runtime/pprof",
    "runtime/race",
    "runtime/trace",
    "slices",
    "sort",
    "strconv",
    "strings",
    "structs",
    "sync",
    "sync/atomic",
    "syscall",
    "testing",
    "testing/cryptotest",
    "testing/fstest",
    "testing/iotest",
    "testing/quick",
    "testing/slogtest",
    "testing/synctest",
    "text/scanner",
    "text/tabwriter",
    "text/template",
    "text/template/parse",
    "time",
    "time/tzdata",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
    "unique",
    "unsafe",
    "uuid",
    "weak",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn std_is_sorted() {
        assert!(STD.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn wording_per_kind() {
        assert_eq!(unavailable("net/http"), "package net/http is not available in gostack (no network access)");
        assert_eq!(unavailable("net/http/httptest"), "package net/http/httptest is not available in gostack (no network access)");
        assert_eq!(unavailable("os/exec"), "package os/exec is not available in gostack (no process access)");
        assert_eq!(unavailable("syscall"), "package syscall is not available in gostack (no system calls)");
        assert_eq!(unavailable("net/url"), "package net/url is not supported yet by gostack");
        assert_eq!(unavailable("nosuch/pkg"), "package nosuch/pkg is not in std");
        assert!(unavailable("github.com/x/y").ends_with("(only the standard library can be imported)"));
    }
}
