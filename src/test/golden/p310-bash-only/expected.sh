#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
[[ -e /vm ]]
cat <<< x
echo $'\n'
echo x &> /dev/null
echo {a,b}
arr=(1 2)
function f
