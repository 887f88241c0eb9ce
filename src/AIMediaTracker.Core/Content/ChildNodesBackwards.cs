using AngleSharp.Dom;

namespace AIMediaTracker.Core.Content;

/// <summary>
/// Children last to first, for the iterative walks that push them on a stack. AngleSharp finds a
/// node's previous sibling by searching its parent's child list, so walking siblings costs the square
/// of their number (100 000 sibling spans: minutes); indexing the child list is constant time.
/// </summary>
internal static class ChildNodesBackwards
{
    public static IEnumerable<INode> NodesBackwards(this INode parent)
    {
        var nodes = parent.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0; i--) yield return nodes[i];
    }

    public static IEnumerable<IElement> ElementsBackwards(this INode parent)
    {
        var nodes = parent.ChildNodes;
        for (var i = nodes.Length - 1; i >= 0; i--)
            if (nodes[i] is IElement e) yield return e;
    }
}
