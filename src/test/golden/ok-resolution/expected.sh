#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start-freebsd.plumb
set -eu
echo specific
