// Command parsebench times go/parser.ParseFile over the same file set as
// the Rust bench (benches/benches/parse.rs): every .go file under
// $GOROOT/src/{go,net/http,runtime}, excluding testdata, parsed from memory.
//
//	go run ./benches/go/parsebench
//
// Prints MB/s for go/parser with and without object resolution.
package main

import (
	"fmt"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
)

// cpuTime is the user+system CPU time of the process (all threads, so
// garbage collection is included).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

var dirs = []string{"go", "net/http", "runtime"}

type file struct {
	name string
	src  []byte
}

func load() []file {
	root := filepath.Join(runtime.GOROOT(), "src")
	var files []file
	for _, d := range dirs {
		filepath.WalkDir(filepath.Join(root, d), func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if e.IsDir() {
				if e.Name() == "testdata" || strings.HasPrefix(e.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			if strings.HasSuffix(path, ".go") {
				b, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				files = append(files, file{path, b})
			}
			return nil
		})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files
}

func bench(files []file, total int, mode parser.Mode, label string) {
	// Warm up, then take the best of several rounds.
	best := time.Duration(1 << 62)
	const rounds = 15
	var cpu time.Duration
	for round := 0; round < rounds; round++ {
		if round == 1 {
			cpu = cpuTime()
		}
		start := time.Now()
		for _, f := range files {
			fset := token.NewFileSet()
			if _, err := parser.ParseFile(fset, f.name, f.src, mode); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
		}
		if d := time.Since(start); round > 0 && d < best {
			best = d
		}
	}
	cpu = cpuTime() - cpu
	mbs := float64(total) / best.Seconds() / 1e6
	cpuMBs := float64(total) * (rounds - 1) / cpu.Seconds() / 1e6
	fmt.Printf("%-34s %d files, %.1f MB, best %v: %.1f MB/s (CPU time: %.1f MB/s)\n", label, len(files), float64(total)/1e6, best.Round(time.Microsecond), mbs, cpuMBs)
}

func main() {
	files := load()
	total := 0
	for _, f := range files {
		total += len(f.src)
	}
	bench(files, total, parser.SkipObjectResolution, "go/parser (SkipObjectResolution)")
	bench(files, total, 0, "go/parser (default mode)")
}
