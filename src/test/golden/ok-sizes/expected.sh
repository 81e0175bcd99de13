#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo 1G 1536M 1000 2G 1M 1024 4 1024
