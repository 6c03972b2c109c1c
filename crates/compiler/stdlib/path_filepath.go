// Package filepath: everything is in path_filepath.more.go, loaded with the
// rest of os and io/fs when a program imports path/filepath (docs/stdlib.md).
package filepath
