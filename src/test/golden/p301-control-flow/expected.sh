#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
if true; then echo x; fi
for d in a b; do echo $d; done
echo if then fi
