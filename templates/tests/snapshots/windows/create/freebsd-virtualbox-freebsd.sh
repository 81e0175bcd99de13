#!/bin/sh
# plumb: petitecloud create host=freebsd hypervisor=virtualbox guest=freebsd
# from: virtualbox/create.plumb
set -eu
VBoxManage createvm --name=win1 \
  --ostype=FreeBSD_64 \
  --basefolder=/vm --register
VBoxManage modifyvm win1 \
  --rtcuseutc=on \
  --firmware=efi \
  --vrde=on --vrdeextpack=VNC --vrdeaddress=127.0.0.1 --vrdeport=5900 \
  --memory=8192 --cpus=2 --ioapic=on
VBoxManage modifyvm win1 --nic1=bridged --bridgeadapter1=bridge0 --macaddress1=589cfc000003
VBoxManage storagectl win1 --name=SATA --add=sata --controller=IntelAhci --portcount=2
VBoxManage storageattach win1 --storagectl=SATA --port=0 --device=0 --type=hdd --medium=/vm/win1/c.img
VBoxManage storageattach win1 --storagectl=SATA --port=1 --device=0 --type=dvddrive --medium=emptydrive
