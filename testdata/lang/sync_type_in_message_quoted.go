// Tests: a type of package sync is spelled "sync".T in messages (types2 quotes a package name two imported packages share: sync and internal/sync)
package main

import "sync"

func main() {
	var mu sync.Mutex
	var n int = mu
	_ = n
}
