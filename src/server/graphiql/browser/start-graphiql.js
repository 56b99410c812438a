/*
 * Starts GraphiQL in the browser (plain JavaScript, served as is; no build step).
 *
 * - The commonest example operations open as tabs (a few, so every tab fits), each starting with
 *   the comment that says what it asks; the tabs and the list on the left are titled by the
 *   question each answers (config.examples, from src/server/graphiql/examples.ts), and the list
 *   switches to (or opens) an example's tab on click.
 * - Every answer is also shown below the editors as a table, a timeline or a graph (results.js).
 * - A share link, /graphql?query=…&variables=…, opens its query and variables in a tab.
 * - The address bar follows the editors, so copying it gives a share link for what is on screen.
 */
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("graphiql-config").textContent);
  var address = new URL(location.href);
  var shared = sharedOperation(address);
  var OPEN_TABS = 4;
  var exampleTabs = config.examples.slice(0, OPEN_TABS).map(function (example) {
    return { query: example.query, variables: example.variables };
  });

  YogaGraphiQL.renderYogaGraphiQL(document.getElementById("graphiql"), {
    title: config.title,
    logo: config.logo,
    endpoint: config.endpoint,
    fetcher: fetchAndShow,
    // Tabs for a first visit; later visits keep the tabs the person left open.
    defaultTabs: shared ? [shared].concat(exampleTabs) : exampleTabs,
    // GraphiQL opens (or switches to) a tab holding exactly this query and these variables.
    query: shared ? shared.query : undefined,
    variables: shared ? shared.variables : firstVisitVariables(),
    onEditVariables: followInAddress("variables"),
    onTabChange: followActiveTab,
  });
  EnduranceResults.mount(document.getElementById("results"));
  renderExampleList(document.getElementById("examples"), config.examples);
  markActiveExampleOnceRendered();
  titleTabsByQuestion(document.getElementById("graphiql"));
  repairAccessibility(document.getElementById("graphiql"));

  /**
   * GraphQL over HTTP, as GraphiQL's own fetcher does for queries (the API has no subscriptions),
   * handing each answer to the results view too. GraphiQL's own schema queries are not shown.
   */
  function fetchAndShow(params, options) {
    var headers = Object.assign({ "content-type": "application/json", accept: "application/graphql-response+json, application/json" }, (options && options.headers) || {});
    return fetch(config.endpoint, { method: "POST", headers: headers, body: JSON.stringify(params), credentials: "same-origin" })
      .then(function (response) {
        return response.json();
      })
      .then(function (answer) {
        if (!/\b__schema\b/.test(params.query || "")) EnduranceResults.show(answer);
        return answer;
      });
  }

  /** The query and variables of a share link, or null for a plain visit. */
  function sharedOperation(url) {
    var query = url.searchParams.get("query");
    if (!query) return null;
    return { query: query, variables: prettyVariables(url.searchParams.get("variables")) };
  }

  /**
   * On a first visit GraphiQL shows the first tab's query but not its variables (it fills the
   * variables editor from the address or its storage only), so hand them over. Later visits
   * restore what the person left, from GraphiQL's own storage.
   */
  function firstVisitVariables() {
    var firstVisit = !localStorage.getItem("graphiql:tabState");
    return firstVisit && exampleTabs.length > 0 ? exampleTabs[0].variables : undefined;
  }

  function prettyVariables(text) {
    if (!text) return "";
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch (_notJson) {
      return text; // shown as typed, so the person sees what is wrong with it
    }
  }

  function followInAddress(parameter) {
    return function (value) {
      var url = new URL(location.href);
      if (value && value.trim() && value.trim() !== "{}") url.searchParams.set(parameter, compactVariables(value));
      else url.searchParams.delete(parameter);
      history.replaceState(null, "", url);
    };
  }

  function compactVariables(text) {
    try {
      return JSON.stringify(JSON.parse(text));
    } catch (_notJson) {
      return text;
    }
  }

  /** Switching tabs changes what is on screen, so the address follows the active tab. */
  function followActiveTab(state) {
    var tab = state.tabs[state.activeTabIndex];
    if (!tab) return;
    var url = new URL(location.href);
    if (tab.query) url.searchParams.set("query", tab.query);
    else url.searchParams.delete("query");
    history.replaceState(null, "", url);
    followInAddress("variables")(tab.variables || "");
    markActiveExample(tab.title);
  }

  /** GraphiQL calls onTabChange on changes only; the first tab is marked when it appears. */
  function markActiveExampleOnceRendered() {
    var observer = new MutationObserver(function () {
      var active = document.querySelector(".graphiql-tab-active .graphiql-tab-button");
      if (!active) return;
      observer.disconnect();
      markActiveExample(operationOfTab(active));
    });
    observer.observe(document.getElementById("graphiql"), { childList: true, subtree: true });
  }

  /**
   * GraphiQL titles a tab by its operation's name ("WhoRunsTheAsianLeMansSeries") and offers no
   * option to title it otherwise: a tab whose title is an example's name shows the example's
   * question instead, with the name kept in data-operation. The title's text node is changed in
   * place, so React, which sets it again only when the operation is renamed, keeps working; a
   * renamed operation gets its own name, or its question when it is another example's.
   */
  function titleTabsByQuestion(root) {
    var questions = {};
    config.examples.forEach(function (example) {
      questions[example.name] = example.question;
    });
    var retitle = function () {
      root.querySelectorAll(".graphiql-tab-button").forEach(function (button) {
        var walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (var text = walker.nextNode(); text; text = walker.nextNode()) {
          var shown = text.nodeValue.trim();
          if (Object.prototype.hasOwnProperty.call(questions, shown)) {
            text.nodeValue = questions[shown];
            button.dataset.operation = shown;
            button.title = questions[shown] + " (" + shown + ")";
          } else if (shown && button.dataset.operation && shown !== questions[button.dataset.operation]) {
            delete button.dataset.operation; // renamed to something that is no example
            button.removeAttribute("title");
          }
        }
      });
    };
    retitle();
    new MutationObserver(retitle).observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** The operation a tab holds: its example's name when it is titled by a question. */
  function operationOfTab(button) {
    return button.dataset.operation || button.textContent.trim();
  }

  /**
   * GraphiQL 5 and its explorer fail a few WCAG checks that axe-core rates serious or critical:
   * each tab (role=tab) holds two buttons (nested interactive controls), and the explorer's
   * operation-name box and "Add new" menu have no label. Repaired here, again after every
   * re-render: the tabs become a plain list of buttons with the active one marked aria-current,
   * and its inputs get labels. (Colours are fixed in examples.css.)
   */
  function repairAccessibility(root) {
    var repair = function () {
      root.querySelectorAll('[role="tablist"].graphiql-tabs').forEach(function (list) {
        list.removeAttribute("role");
      });
      root.querySelectorAll(".graphiql-tabs > li[role], .graphiql-tabs > li[aria-selected]").forEach(function (tab) {
        var active = tab.getAttribute("aria-selected") === "true";
        tab.removeAttribute("role");
        tab.removeAttribute("aria-selected");
        var button = tab.querySelector(".graphiql-tab-button");
        if (button && active) button.setAttribute("aria-current", "true");
        else if (button) button.removeAttribute("aria-current");
      });
      root.querySelectorAll('.graphiql-explorer-root input[placeholder="Query Name"]:not([aria-label])').forEach(function (input) {
        input.setAttribute("aria-label", "Operation name");
      });
      root.querySelectorAll(".graphiql-explorer-root [data-arg-name] input:not([aria-label])").forEach(function (input) {
        input.setAttribute("aria-label", "Value of " + input.closest("[data-arg-name]").getAttribute("data-arg-name"));
      });
      root.querySelectorAll(".graphiql-explorer-actions select:not([aria-label])").forEach(function (select) {
        select.setAttribute("aria-label", "Kind of operation to add");
      });
    };
    repair();
    new MutationObserver(repair).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["role", "aria-selected"] });
  }

  function markActiveExample(title) {
    document.querySelectorAll("#examples li").forEach(function (item) {
      item.classList.toggle("active", item.dataset.name === title);
    });
  }

  function renderExampleList(container, examples) {
    var heading = document.createElement("h2");
    heading.textContent = "Example queries";
    var intro = document.createElement("p");
    intro.textContent = "Commonest first; each opens in its own tab. Press ▶ (or Ctrl-Enter) to run it and see the answer below as a table, timeline or graph. The address bar is a link to what you see; the compass icon builds a query by ticking fields.";
    var list = document.createElement("ol");
    examples.forEach(function (example) {
      list.appendChild(exampleItem(example));
    });
    container.append(heading, intro, list);
  }

  function exampleItem(example) {
    var item = document.createElement("li");
    item.dataset.name = example.name;
    var link = document.createElement("a");
    link.href = shareLink(example);
    link.textContent = example.question;
    link.className = "example-name";
    link.addEventListener("click", function (event) {
      // Switch to the example's tab when it is open; otherwise the link opens it in a new tab.
      if (switchToTab(example.name)) event.preventDefault();
    });
    var description = document.createElement("p");
    description.textContent = example.description;
    var tab = document.createElement("p");
    tab.className = "example-tab";
    tab.textContent = "Operation: " + example.name;
    item.append(link, description, tab);
    return item;
  }

  function shareLink(example) {
    var url = new URL(config.endpoint, location.href);
    url.searchParams.set("query", example.query);
    if (example.variables) url.searchParams.set("variables", compactVariables(example.variables));
    return url.pathname + url.search;
  }

  function switchToTab(name) {
    var buttons = document.querySelectorAll(".graphiql-tab-button");
    for (var i = 0; i < buttons.length; i++) {
      if (operationOfTab(buttons[i]) === name) {
        buttons[i].click();
        return true;
      }
    }
    return false;
  }
})();
