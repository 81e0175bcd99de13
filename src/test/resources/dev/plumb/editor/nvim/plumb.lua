-- plumb's language server for every *.plumb file, on the pack that holds it, and plumb's colours
-- (vim.g.plumb_lsp_cmd runs another plumb than the one on PATH; vim.g.plumb_vim_dir names the
-- editors/vim folder of a clone when plumb on PATH is not a clone's bin/plumb)
local plumb_vim = vim.g.plumb_vim_dir
  or vim.fn.fnamemodify(vim.fn.resolve(vim.fn.exepath("plumb")), ":h:h") .. "/editors/vim"
if vim.fn.isdirectory(plumb_vim) == 1 then
  vim.opt.runtimepath:append(plumb_vim) -- its syntax/plumb.vim colours the filetype plumb
end

local function plumb_keys(_, bufnr)
  vim.bo[bufnr].omnifunc = "v:lua.vim.lsp.omnifunc" -- completion: CTRL-X CTRL-O
  local function map(keys, action)
    vim.keymap.set("n", keys, action, { buffer = bufnr })
  end
  map("K", vim.lsp.buf.hover)
  map("gd", vim.lsp.buf.definition)
  map("gr", vim.lsp.buf.references)
  map("<leader>a", vim.lsp.buf.code_action)
  map("<leader>f", function()
    if vim.lsp.buf.format then
      vim.lsp.buf.format({ async = false })
    else -- Neovim 0.7
      vim.lsp.buf.formatting_sync()
    end
  end)
end

local plumb_clients = {}
vim.api.nvim_create_autocmd({ "BufReadPost", "BufNewFile" }, {
  pattern = "*.plumb",
  callback = function(args)
    vim.bo[args.buf].filetype = "plumb"
    local manifest = vim.fn.findfile("pack.plumb", vim.fn.fnamemodify(args.file, ":p:h") .. ";")
    if manifest == "" then
      return
    end
    local config = {
      name = "plumb",
      cmd = vim.g.plumb_lsp_cmd or { "plumb", "lsp" },
      root_dir = vim.fn.fnamemodify(manifest, ":p:h"),
      on_attach = plumb_keys,
    }
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = args.buf })
    else -- Neovim 0.7
      plumb_clients[config.root_dir] = plumb_clients[config.root_dir] or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, plumb_clients[config.root_dir])
    end
  end,
})
