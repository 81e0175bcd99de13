#!/bin/sh
# plumb: petitecloud destroy host=linux hypervisor=virtualbox guest=windows
# from: virtualbox/destroy.plumb
set -eu
VBoxManage unregistervm win1 --delete
