#!/bin/sh
# plumb: vmtest start host=freebsd hypervisor=bhyve
# from: start.plumb
set -eu
echo web1 2G 2 'from base.json' bios
echo disk /vm/web1/disk0.img
echo disk /vm/web1/swap.img
echo nic tap7 58:9c:fc:00:00:01 bridge0
