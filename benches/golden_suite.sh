#!/bin/sh
# Times `gostack test` over a generated suite of N small golden cases
# (default 1000): in-process (the default) and one process per case
# (`--bin`). Usage: benches/golden_suite.sh [N] [gostack binary]
# The expectations are blessed from gostack itself: this measures speed,
# it checks nothing about Go.
set -e
n=${1:-1000}
bin=$(realpath "${2:-target/release/gostack}")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
i=0
while [ "$i" -lt "$n" ]; do
  cat > "$dir/case$i.go" <<GO
// Tests: generated case $i.
package main

import "fmt"

func f(n int) int {
	if n < 2 {
		return n
	}
	return f(n-1) + f(n-2)
}

func main() {
	s := []int{}
	for j := 0; j < $((i % 10 + 5)); j++ {
		s = append(s, f(j))
	}
	fmt.Println($i, s)
}
GO
  i=$((i + 1))
done
"$bin" test --bless "$dir" > /dev/null
echo "cores: $(nproc)"
for mode in in-process subprocess; do
  extra=""
  [ "$mode" = subprocess ] && extra="--bin $bin"
  start=$(date +%s.%N)
  "$bin" test $extra "$dir" | tail -1
  end=$(date +%s.%N)
  echo "$mode: $(echo "$end - $start" | bc) s for $n cases"
done
