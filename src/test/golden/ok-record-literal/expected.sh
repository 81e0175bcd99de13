#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
ifconfig bridge0 addm tap0 # 58:9c:fc:00:00:09
